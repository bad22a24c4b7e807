package no.vern.cookie.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.vern.cookie.CookieSettings;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.SecretFile;
import org.springframework.stereotype.Component;

/**
 * The keyed hash (HMAC-SHA256) a choice's client address is stored as: enough to see that many
 * choices came from one address (abuse, a shared office), never the address itself. A plain hash
 * could be reversed by trying every IPv4 address; a keyed one cannot without the key, which is
 * {@code VERN_COOKIES_ADDRESS_KEY} or the file {@code cookie/address.key} under the key directory.
 */
@Component
class AddressHashes {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  AddressHashes(CookieSettings settings, VernSettings vern) {
    try {
      String secret =
          SecretFile.fromSettingOrFile(
              settings.addressKey(),
              vern.keys().dir().resolve("cookie").resolve("address.key"),
              AddressHashes::generate);
      this.key = new SecretKeySpec(Base64.getDecoder().decode(secret.strip()), ALGORITHM);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Could not read the cookie log's address key", e);
    }
  }

  byte[] of(String address) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(("cookie-address\0" + address).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", impossible);
    }
  }

  private static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
