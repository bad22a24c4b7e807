package no.vern.newsletter;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.KeyFile;
import org.springframework.stereotype.Component;

/**
 * The newsletter key, an HMAC-SHA256 PRF keyset kept outside the database: it signs unsubscribe and
 * preference links (so a link cannot be forged or altered, and checking one needs no database
 * look-up) and hashes suppressed addresses (so a dump alone cannot test guessed addresses). Each
 * use has its own label, so a value made for one can never pass as another.
 */
@Component
class NewsletterKeys {

  static {
    try {
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final PrfSet prf;
  private final long keyId;

  NewsletterKeys(NewsletterSettings settings, VernSettings vern) throws GeneralSecurityException {
    KeysetHandle keyset;
    try {
      keyset =
          KeyFile.fromSettingOrFile(
              settings.keyset(),
              vern.keys().dir().resolve("consent/newsletter-keyset.json"),
              () -> KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the newsletter keyset", e);
    }
    this.prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    this.keyId = Integer.toUnsignedLong(keyset.getPrimary().getId());
  }

  /** HMAC over {@code label, 0x00, input}, 32 bytes. */
  byte[] mac(String label, String input) {
    byte[] bytes = (label + "\0" + input).getBytes(StandardCharsets.UTF_8);
    try {
      return prf.computePrimary(bytes, 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not compute a newsletter MAC", e);
    }
  }

  long keyId() {
    return keyId;
  }
}
