package no.vern.subject.domain;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import java.security.GeneralSecurityException;
import no.vern.shared.keys.KeyFile;

/**
 * Creating, reading, writing and rotating the two Tink keysets of the subject module. Keysets are
 * handled as Tink's JSON in clear because the file or secret holding them is the protection; a
 * KMS-wrapped keyset ({@code parseEncryptedKeyset}) is the production upgrade.
 */
public final class Keysets {

  static {
    try {
      AeadConfig.register();
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Keysets() {}

  public static KeysetHandle newAead() throws GeneralSecurityException {
    return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
  }

  public static KeysetHandle newIndex() throws GeneralSecurityException {
    return KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
  }

  public static KeysetHandle parse(String json) throws GeneralSecurityException {
    return KeyFile.parse(json);
  }

  public static String toJson(KeysetHandle keyset) throws GeneralSecurityException {
    return KeyFile.toJson(keyset);
  }

  /**
   * The keyset with a new AES-256-GCM key as primary. The old keys stay enabled so that values
   * encrypted with them still decrypt while the background job re-encrypts them.
   */
  public static KeysetHandle withNewAeadPrimary(KeysetHandle keyset)
      throws GeneralSecurityException {
    return KeysetHandle.newBuilder(keyset)
        .addEntry(
            KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                .withRandomId()
                .makePrimary())
        .build();
  }
}
