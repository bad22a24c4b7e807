package no.vern.dsr.selfservice;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import no.vern.dsr.DsrAnswerSettings;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.KeyFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The key that signs self-service sessions: an HMAC-SHA256 PRF keyset outside the database, so a
 * session cannot be forged or altered and checking one needs no database look-up.
 */
@Component
class SessionKeys {

  static {
    try {
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final PrfSet prf;

  @Autowired
  SessionKeys(DsrAnswerSettings settings, VernSettings vern) throws GeneralSecurityException {
    KeysetHandle keyset;
    try {
      keyset =
          KeyFile.fromSettingOrFile(
              settings.keyset(),
              vern.keys().dir().resolve("dsr/self-service-keyset.json"),
              () -> KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the self-service keyset", e);
    }
    this.prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
  }

  /** For tests: a keyset at hand. */
  SessionKeys(KeysetHandle keyset) throws GeneralSecurityException {
    this.prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
  }

  byte[] mac(String input) {
    try {
      return prf.computePrimary(("self-service\0" + input).getBytes(StandardCharsets.UTF_8), 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not compute a session MAC", e);
    }
  }
}
