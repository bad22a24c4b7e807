package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.domain.Keysets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectKeysTests {

  @TempDir Path dir;

  @Test
  void theFirstStartWritesOwnerOnlyKeyFilesThatTheNextStartReads() throws Exception {
    var first = new SubjectKeys(dir, "", "");
    Path aead = dir.resolve("subject/aead-keyset.json");
    Path index = dir.resolve("subject/index-keyset.json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(aead)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index)))
        .isEqualTo("rw-------");

    var second = new SubjectKeys(dir, "", "");
    assertThat(second.cipher().primaryKeyId()).isEqualTo(first.cipher().primaryKeyId());
    assertThat(second.cipher().blindIndex(IdentifierType.EMAIL, "a@example.invalid"))
        .isEqualTo(first.cipher().blindIndex(IdentifierType.EMAIL, "a@example.invalid"));
  }

  @Test
  void aRotationIsSavedAndKeepsTheOldKey() throws Exception {
    var keys = new SubjectKeys(dir, "", "");
    long old = keys.cipher().primaryKeyId();
    long rotated = keys.rotateAead();

    var restarted = new SubjectKeys(dir, "", "");
    assertThat(restarted.cipher().primaryKeyId()).isEqualTo(rotated).isNotEqualTo(old);
    assertThat(Files.readString(dir.resolve("subject/aead-keyset.json")))
        .contains("\"keyId\":" + old)
        .contains("\"keyId\":" + rotated);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("subject/aead-keyset.json"))))
        .isEqualTo("rw-------");
  }

  @Test
  void keysetsFromSettingsAreUsedAndTheirRotationIsLeftToTheSecretStore() throws Exception {
    String aead = Keysets.toJson(Keysets.newAead());
    String index = Keysets.toJson(Keysets.newIndex());
    var keys = new SubjectKeys(dir, aead, index);
    assertThat(keys.cipher().primaryKeyId())
        .isEqualTo(Integer.toUnsignedLong(Keysets.parse(aead).getPrimary().getId()));
    assertThat(Files.exists(dir.resolve("subject"))).isFalse();
    assertThatThrownBy(keys::rotateAead)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secret store");
  }
}
