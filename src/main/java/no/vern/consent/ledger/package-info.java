/**
 * The ledger: {@link no.vern.consent.ConsentLedger} on PostgreSQL, the append-only events and the
 * current state per person and purpose, the validation of a change against the inventory and the
 * notices, the keyed hash of a client address, and {@code POST/GET /api/v1/consents}. The events
 * and states are read by decisions, receipts, the sweep and the admin history, so their row types
 * and look-ups are public to the module; writing stays here.
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent.ledger;
