/**
 * Signed receipts: the ledger asks {@link no.vern.consent.receipt.ReceiptIssuer} for one inside the
 * event's transaction (given, renewed, withdrawn), built from the inventory behind the notice shown
 * and signed with Ed25519; the signing keys and their publication at {@code
 * /.well-known/jwks.json}; the implementation of {@link no.vern.consent.ConsentReceipts} and the
 * receipt API with key rotation. Everything about a receipt is here; the event itself is the
 * ledger's.
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent.receipt;
