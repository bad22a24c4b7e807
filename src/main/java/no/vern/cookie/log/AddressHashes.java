package no.vern.cookie.log;

import no.vern.cookie.CookieSettings;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.HmacKey;
import org.springframework.stereotype.Component;

/**
 * The keyed hash (HMAC-SHA256) a choice's client address is stored as: enough to see that many
 * choices came from one address (abuse, a shared office), never the address itself. A plain hash
 * could be reversed by trying every IPv4 address; a keyed one cannot without the key, which is
 * {@code VERN_COOKIES_ADDRESS_KEY} or the file {@code cookie/address.key} under the key directory.
 */
@Component
class AddressHashes {

  private final HmacKey key;

  AddressHashes(CookieSettings settings, VernSettings vern) {
    this.key =
        HmacKey.fromSettingOrFile(
            settings.addressKey(),
            vern.keys().dir().resolve("cookie").resolve("address.key"),
            "cookie log's address key");
  }

  byte[] of(String address) {
    return key.of("cookie-address\0" + address);
  }
}
