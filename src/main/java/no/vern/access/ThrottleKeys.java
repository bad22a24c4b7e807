package no.vern.access;

import java.util.Locale;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.HmacKey;
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

  private final HmacKey key;

  ThrottleKeys(AccessSettings settings, VernSettings vern) {
    this.key =
        HmacKey.fromSettingOrFile(
            settings.throttleKey(),
            vern.keys().dir().resolve("access").resolve("login-throttle.key"),
            "sign-in throttle key");
  }

  byte[] address(String address) {
    return key.of("address\0" + address);
  }

  byte[] username(String username) {
    return key.of("username\0" + normalised(username));
  }

  byte[] pair(String address, String username) {
    return key.of("pair\0" + address + "\0" + normalised(username));
  }

  /** As the unique index on usernames: "Admin" and "admin" are one account. */
  static String normalised(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }
}
