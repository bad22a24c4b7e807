package no.vern.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.SecretFile;
import org.springframework.stereotype.Component;

/**
 * The keys of the sign-in counters: HMAC-SHA256 of the client address and of the username as typed
 * (lower case), under a secret kept outside the database. Typed usernames may be e-mail addresses
 * or other people's names, and addresses are personal data too; a plain hash of either could be
 * reversed by trying every IPv4 address or a list of likely names, a keyed one cannot without the
 * key. Unknown and known usernames are keyed alike, so the counters cannot tell them apart either.
 *
 * <p>The secret is {@code VERN_LOGIN_THROTTLE_KEY} or the file {@code access/login-throttle.key}
 * under the key directory (made on first start). Every instance must use the same one, as with the
 * other key files. Losing it only forgets the counters.
 */
@Component
class ThrottleKeys {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  ThrottleKeys(AccessSettings settings, VernSettings vern) {
    try {
      String secret =
          SecretFile.fromSettingOrFile(
              settings.throttleKey(),
              vern.keys().dir().resolve("access").resolve("login-throttle.key"),
              ThrottleKeys::generate);
      this.key = new SecretKeySpec(Base64.getDecoder().decode(secret.strip()), ALGORITHM);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Could not read the sign-in throttle key", e);
    }
  }

  byte[] address(String address) {
    return mac("address\0" + address);
  }

  byte[] username(String username) {
    return mac("username\0" + normalised(username));
  }

  byte[] pair(String address, String username) {
    return mac("pair\0" + address + "\0" + normalised(username));
  }

  /** As the unique index on usernames: "Admin" and "admin" are one account. */
  static String normalised(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  private byte[] mac(String value) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
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
