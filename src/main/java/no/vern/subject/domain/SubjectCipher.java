package no.vern.subject.domain;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;

/**
 * Blind indexes and field encryption for identifiers, from one AEAD keyset and one PRF keyset.
 * Immutable: a key rotation makes a new cipher.
 */
public final class SubjectCipher {

  static {
    try {
      // Also when the keysets were only read from files and nothing else touched Tink yet.
      AeadConfig.register();
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final int INDEX_BYTES = 32;
  private static final String RECORD = "record";

  /** Not an identifier type's code: see {@link #nameIndex}. */
  private static final String NAME = "person-name";

  private final Aead aead;
  private final PrfSet index;
  private final long primaryKeyId;

  public SubjectCipher(KeysetHandle aeadKeyset, KeysetHandle indexKeyset)
      throws GeneralSecurityException {
    this.aead = aeadKeyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    this.index = indexKeyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    this.primaryKeyId = Integer.toUnsignedLong(aeadKeyset.getPrimary().getId());
  }

  /** The Tink id (unsigned, as in the keyset file) of the key new values are encrypted with. */
  public long primaryKeyId() {
    return primaryKeyId;
  }

  /**
   * HMAC-SHA256 over {@code type code, 0x00, normalised value}. The type is inside the MAC so that
   * the same digits as a customer number and as a national id give unrelated indexes; the zero byte
   * keeps "ab"+"c" apart from "a"+"bc".
   */
  public byte[] blindIndex(IdentifierType type, String normalised) {
    try {
      return index.computePrimary(bytes(type.code(), normalised), INDEX_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not compute a blind index", e);
    }
  }

  /**
   * The blind index of a normalised name ({@link PersonName}), under the same key as the
   * identifiers' but with its own label inside the MAC, so a name and an identifier that happen to
   * be the same text give unrelated indexes.
   */
  public byte[] nameIndex(String normalisedName) {
    try {
      return index.computePrimary(bytes(NAME, normalisedName), INDEX_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not compute a blind index", e);
    }
  }

  /** The name's blind index from a record's data, or null when the record holds no name. */
  public byte @org.jspecify.annotations.Nullable [] nameIndexOf(java.util.Map<String, ?> data) {
    return PersonName.of(data).map(this::nameIndex).orElse(null);
  }

  /** Bound to the type and row id, so a ciphertext copied to another row or type fails. */
  public byte[] encrypt(IdentifierType type, UUID rowId, String plaintext) {
    try {
      return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(type, rowId));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt an identifier", e);
    }
  }

  public String decrypt(IdentifierType type, UUID rowId, byte[] ciphertext)
      throws GeneralSecurityException {
    return new String(
        aead.decrypt(ciphertext, associatedData(type, rowId)), StandardCharsets.UTF_8);
  }

  /**
   * A record's data, bound to the record id. The prefix keeps record and identifier ciphertexts
   * apart: no identifier type has the code {@code record}.
   */
  public byte[] encryptRecord(UUID recordId, byte[] plaintext) {
    try {
      return aead.encrypt(plaintext, bytes(RECORD, recordId.toString()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a record", e);
    }
  }

  public byte[] decryptRecord(UUID recordId, byte[] ciphertext) throws GeneralSecurityException {
    return aead.decrypt(ciphertext, bytes(RECORD, recordId.toString()));
  }

  private static byte[] associatedData(IdentifierType type, UUID rowId) {
    return bytes(type.code(), rowId.toString());
  }

  private static byte[] bytes(String first, String second) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(first.getBytes(StandardCharsets.UTF_8));
    out.write(0);
    out.writeBytes(second.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
