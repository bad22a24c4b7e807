package no.vern.consent.receipt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.time.Instant;
import java.util.Map;
import no.vern.consent.domain.ReceiptClaims;
import no.vern.consent.domain.ReceiptFacts;
import no.vern.consent.ledger.ConsentEvents;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs and stores the receipt of an event, inside the event's transaction: the event and its
 * receipt are stored together or not at all.
 */
@Component
public class ReceiptIssuer {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ReceiptFactsSource facts;
  private final ReceiptKeys keys;
  private final ReceiptStore store;

  ReceiptIssuer(ReceiptFactsSource facts, ReceiptKeys keys, ReceiptStore store) {
    this.facts = facts;
    this.keys = keys;
    this.store = store;
  }

  public void issue(ConsentEvents.Row event, Instant expiresAt) {
    ReceiptFacts receipt = facts.of(event, expiresAt);
    Map<String, Object> claims = ReceiptClaims.of(receipt);
    OctetKeyPair key = keys.signing();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.EdDSA)
            .keyID(key.getKeyID())
            .type(JOSEObjectType.JWT)
            .build();
    JWSObject jws = new JWSObject(header, new Payload(JSON.writeValueAsString(claims)));
    try {
      jws.sign(new Ed25519Signer(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign the receipt of event " + event.id(), e);
    }
    store.insert(event.id(), key.getKeyID(), jws.serialize(), event.at());
  }
}
