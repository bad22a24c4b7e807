package no.vern.consent.receipt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.vern.consent.ConsentSettings;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.SecretFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Ed25519 keys that sign receipts: a JWK set with private keys in {@code
 * vern.keys.dir/consent/receipt-keys.json} (mode 600, generated on the first start) or in {@code
 * vern.consent.receipt-keys}; the last key signs. Each key's public half goes to {@code
 * consent_receipt_key} before it signs anything, so every instance lists every key ever used and a
 * receipt keeps verifying after a rotation. The key id ({@code kid}) is the RFC 7638 thumbprint.
 */
@Component
class ReceiptKeys {

  private final SecretFile file;
  private final boolean fromSetting;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;
  private volatile List<OctetKeyPair> keys;
  private volatile boolean published;

  ReceiptKeys(
      ConsentSettings settings,
      VernSettings vern,
      JdbcClient jdbc,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.file = new SecretFile(vern.keys().dir().resolve("consent/receipt-keys.json"));
    this.fromSetting = !settings.receiptKeys().isBlank();
    this.jdbc = jdbc;
    this.clock = clock;
    // Its own transaction: a key published inside a consent's transaction that then rolled back
    // would be thought published while absent from the key list.
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    try {
      this.keys =
          parse(
              SecretFile.fromSettingOrFile(
                  settings.receiptKeys(), file.path(), () -> json(List.of(generate()))));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not read the consent receipt keys", e);
    }
    if (keys.isEmpty()) {
      throw new IllegalStateException("The consent receipt key set holds no Ed25519 private key");
    }
  }

  /** The key that signs now, its public half published. */
  OctetKeyPair signing() {
    publishOnce();
    return keys.get(keys.size() - 1);
  }

  /** Every public key ever published, oldest first, as a JWK set in JSON. */
  String publicKeys() {
    publishOnce();
    List<String> jwks =
        jdbc.sql("SELECT public_jwk FROM consent_receipt_key ORDER BY created_at, kid")
            .query(String.class)
            .list();
    return "{\"keys\":[" + String.join(",", jwks) + "]}";
  }

  /**
   * Adds a new signing key and saves the set; returns its kid. Refused when the keys come from a
   * setting: then the secret store holds the truth and must be changed there.
   */
  synchronized String rotate() {
    if (fromSetting) {
      throw new IllegalStateException(
          "The receipt keys come from vern.consent.receipt-keys: add a new key at the end of the"
              + " set in the secret store and restart Vern.");
    }
    List<OctetKeyPair> next = new ArrayList<>(keys);
    OctetKeyPair fresh = generate();
    next.add(fresh);
    ownTransaction.executeWithoutResult(status -> publish(fresh));
    try {
      file.replace(json(next));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the consent receipt keys", e);
    }
    keys = List.copyOf(next);
    return fresh.getKeyID();
  }

  private void publishOnce() {
    if (!published) {
      ownTransaction.executeWithoutResult(status -> keys.forEach(this::publish));
      published = true;
    }
  }

  private void publish(OctetKeyPair key) {
    jdbc.sql(
            "INSERT INTO consent_receipt_key (kid, public_jwk, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (kid) DO NOTHING")
        .params(key.getKeyID(), key.toPublicJWK().toJSONString(), Timestamp.from(clock.instant()))
        .update();
  }

  private static OctetKeyPair generate() {
    try {
      return new OctetKeyPairGenerator(Curve.Ed25519).keyIDFromThumbprint(true).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not generate an Ed25519 receipt key", e);
    }
  }

  private static String json(List<OctetKeyPair> keys) {
    return new JWKSet(List.<JWK>copyOf(keys)).toString(false);
  }

  private static List<OctetKeyPair> parse(String json) {
    try {
      return JWKSet.parse(json).getKeys().stream()
          .filter(k -> k instanceof OctetKeyPair okp && okp.isPrivate())
          .map(k -> (OctetKeyPair) k)
          .filter(k -> Curve.Ed25519.equals(k.getCurve()) && k.getKeyID() != null)
          .toList();
    } catch (ParseException e) {
      throw new IllegalStateException("The consent receipt key set is not a JWK set", e);
    }
  }
}
