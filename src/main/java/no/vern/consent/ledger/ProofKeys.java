package no.vern.consent.ledger;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import no.vern.consent.ConsentSettings;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.KeyFile;
import org.springframework.stereotype.Component;

/**
 * The key of the proof hashes: a keyed HMAC-SHA256 of the client address, so the ledger can show
 * that a consent came from the address a person claims without keeping the address. The key is a
 * Tink PRF keyset from {@code vern.consent.proof-keyset} or {@code vern.keys.dir/consent}, never in
 * the database: without it a dumped hash cannot be tested against guessed addresses.
 */
@Component
class ProofKeys {

  static {
    try {
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The hash and the Tink id of the key that made it. */
  record Proof(byte[] hmac, long keyId) {}

  private final PrfSet prf;
  private final long keyId;

  ProofKeys(ConsentSettings settings, VernSettings vern) throws GeneralSecurityException {
    KeysetHandle keyset;
    try {
      keyset =
          KeyFile.fromSettingOrFile(
              settings.proofKeyset(),
              vern.keys().dir().resolve("consent/proof-keyset.json"),
              () -> KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the consent proof keyset", e);
    }
    this.prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    this.keyId = Integer.toUnsignedLong(keyset.getPrimary().getId());
  }

  /** HMAC over {@code "client-address", 0x00, the normalised address}. */
  Proof address(String normalised) {
    byte[] input = ("client-address\0" + normalised).getBytes(StandardCharsets.UTF_8);
    try {
      return new Proof(prf.computePrimary(input, 32), keyId);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not hash a client address", e);
    }
  }
}
