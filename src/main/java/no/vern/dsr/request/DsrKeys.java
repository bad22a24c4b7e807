package no.vern.dsr.request;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.UUID;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.KeyFile;
import org.springframework.stereotype.Component;

/**
 * The module's two keys, in files under {@code vern.keys.dir/dsr} (or from a secrets manager): an
 * AEAD for what a person wrote and where to reach them, bound to the request and the field so a
 * ciphertext does not decrypt in another row; and an HMAC for one-time codes, so that a database
 * dump does not give the six digits away by trying all million of them.
 */
@Component
class DsrKeys {

  static {
    try {
      AeadConfig.register();
      MacConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Aead aead;
  private final Mac mac;

  DsrKeys(VernSettings vern, DsrSettings settings) throws IOException, GeneralSecurityException {
    Path dir = vern.keys().dir().resolve("dsr");
    this.aead =
        KeyFile.fromSettingOrFile(
                settings.keyset(),
                dir.resolve("aead-keyset.json"),
                () -> KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM))
            .getPrimitive(RegistryConfiguration.get(), Aead.class);
    this.mac =
        KeyFile.fromSettingOrFile(
                settings.codeKeyset(),
                dir.resolve("code-keyset.json"),
                () -> KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG))
            .getPrimitive(RegistryConfiguration.get(), Mac.class);
  }

  byte[] encrypt(UUID request, String field, String plaintext) {
    try {
      return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), bound(request, field));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a field of request " + request, e);
    }
  }

  String decrypt(UUID request, String field, byte[] ciphertext) {
    try {
      return new String(aead.decrypt(ciphertext, bound(request, field)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not decrypt a field of request " + request, e);
    }
  }

  byte[] codeHash(UUID request, String code) {
    try {
      return mac.computeMac(bound(request, "code:" + code));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean codeMatches(UUID request, String code, byte[] hash) {
    try {
      mac.verifyMac(hash, bound(request, "code:" + code));
      return true;
    } catch (GeneralSecurityException wrong) {
      return false;
    }
  }

  private static byte[] bound(UUID request, String field) {
    return ("dsr\0" + field + "\0" + request).getBytes(StandardCharsets.UTF_8);
  }
}
