package no.vern.consent;

import java.util.Optional;

/**
 * Signed receipts (compact JWS, EdDSA with Ed25519) for consents given, renewed and withdrawn, and
 * the public keys that verify them. For the person's preference page and for integrators.
 */
public interface ConsentReceipts {

  /** The receipt of this event, or empty when the event has none (or does not exist). */
  Optional<ConsentReceipt> receiptFor(ConsentEventId event);

  /** Every public key receipts were ever signed with, as a JWK set (RFC 7517) in JSON. */
  String publicKeys();
}
