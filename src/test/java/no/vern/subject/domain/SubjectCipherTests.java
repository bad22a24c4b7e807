package no.vern.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import org.junit.jupiter.api.Test;

class SubjectCipherTests {

  final SubjectCipher cipher = newCipher();

  @Test
  void sameValueTypedTwoWaysGivesTheSameIndex() {
    String a = IdentifierType.EMAIL.normalise(" Kari.Nordmann@Example.INVALID ").orElseThrow();
    String b = IdentifierType.EMAIL.normalise("kari.nordmann@example.invalid").orElseThrow();
    assertThat(cipher.blindIndex(IdentifierType.EMAIL, a))
        .isEqualTo(cipher.blindIndex(IdentifierType.EMAIL, b))
        .hasSize(32);
    String p1 = IdentifierType.PHONE.normalise("400 00 000").orElseThrow();
    String p2 = IdentifierType.PHONE.normalise("0047 40.00.00.00").orElseThrow();
    assertThat(p1).isEqualTo("+4740000000");
    assertThat(cipher.blindIndex(IdentifierType.PHONE, p1))
        .isEqualTo(cipher.blindIndex(IdentifierType.PHONE, p2));
  }

  @Test
  void theTypeIsPartOfTheIndex() {
    assertThat(cipher.blindIndex(IdentifierType.CUSTOMER_NUMBER, "12345678903"))
        .isNotEqualTo(cipher.blindIndex(IdentifierType.CASE_NUMBER, "12345678903"));
  }

  @Test
  void anotherIndexKeyGivesAnotherIndex() {
    assertThat(cipher.blindIndex(IdentifierType.EMAIL, "a@example.invalid"))
        .isNotEqualTo(newCipher().blindIndex(IdentifierType.EMAIL, "a@example.invalid"));
  }

  @Test
  void aCiphertextDecryptsOnlyForItsOwnTypeAndRow() throws Exception {
    UUID row = UUID.randomUUID();
    byte[] ct = cipher.encrypt(IdentifierType.CUSTOMER_NUMBER, row, "AB123");
    assertThat(cipher.decrypt(IdentifierType.CUSTOMER_NUMBER, row, ct)).isEqualTo("AB123");
    assertThatThrownBy(() -> cipher.decrypt(IdentifierType.CASE_NUMBER, row, ct))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> cipher.decrypt(IdentifierType.CUSTOMER_NUMBER, UUID.randomUUID(), ct))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void afterARotationOldCiphertextsStillDecryptAndNewOnesUseTheNewKey() throws Exception {
    var aead = Keysets.newAead();
    var index = Keysets.newIndex();
    var before = new SubjectCipher(aead, index);
    UUID row = UUID.randomUUID();
    byte[] old = before.encrypt(IdentifierType.EMAIL, row, "a@example.invalid");
    var rotated = Keysets.parse(Keysets.toJson(Keysets.withNewAeadPrimary(aead)));
    var after = new SubjectCipher(rotated, index);
    assertThat(after.primaryKeyId()).isNotEqualTo(before.primaryKeyId());
    assertThat(after.decrypt(IdentifierType.EMAIL, row, old)).isEqualTo("a@example.invalid");
    assertThat(after.blindIndex(IdentifierType.EMAIL, "a@example.invalid"))
        .isEqualTo(before.blindIndex(IdentifierType.EMAIL, "a@example.invalid"));
    byte[] fresh = after.encrypt(IdentifierType.EMAIL, row, "a@example.invalid");
    assertThatThrownBy(() -> before.decrypt(IdentifierType.EMAIL, row, fresh))
        .isInstanceOf(GeneralSecurityException.class);
  }

  private static SubjectCipher newCipher() {
    try {
      return new SubjectCipher(Keysets.newAead(), Keysets.newIndex());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
