package no.vern.cookie.log;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.List;
import no.vern.cookie.CookieSettings;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.SecretFile;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 keys that sign cookie receipts: a JWK set of private keys in {@code
 * vern.keys.dir/cookie/receipt-keys.json} (mode 600, made on the first start) or in {@code
 * vern.cookies.receipt-keys}; the last key signs, and every key's public half is published at
 * {@code /public/cookies/jwks.json}, so a receipt keeps verifying after a new key is added at the
 * end of the set. The consent module's receipt keys are internal to it (its public API only lists
 * them), so the cookie log keeps its own, the same way.
 */
@Component
class CookieReceiptKeys {

  private final List<OctetKeyPair> keys;

  CookieReceiptKeys(CookieSettings settings, VernSettings vern) {
    try {
      this.keys =
          parse(
              SecretFile.fromSettingOrFile(
                  settings.receiptKeys(),
                  vern.keys().dir().resolve("cookie").resolve("receipt-keys.json"),
                  () -> new JWKSet(List.<JWK>of(generate())).toString(false)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not read the cookie receipt keys", e);
    }
    if (keys.isEmpty()) {
      throw new IllegalStateException("The cookie receipt key set holds no Ed25519 private key");
    }
  }

  OctetKeyPair signing() {
    return keys.get(keys.size() - 1);
  }

  /** Every key's public half, as a JWK set in JSON. */
  String publicKeys() {
    return new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK()).toList()).toString(true);
  }

  private static OctetKeyPair generate() throws GeneralSecurityException {
    try {
      return new OctetKeyPairGenerator(Curve.Ed25519).keyIDFromThumbprint(true).generate();
    } catch (JOSEException e) {
      throw new GeneralSecurityException("Could not generate an Ed25519 receipt key", e);
    }
  }

  private static List<OctetKeyPair> parse(String json) {
    try {
      return JWKSet.parse(json).getKeys().stream()
          .filter(k -> k instanceof OctetKeyPair okp && okp.isPrivate())
          .map(k -> (OctetKeyPair) k)
          .filter(k -> Curve.Ed25519.equals(k.getCurve()) && k.getKeyID() != null)
          .toList();
    } catch (ParseException e) {
      throw new IllegalStateException("The cookie receipt key set is not a JWK set", e);
    }
  }
}
