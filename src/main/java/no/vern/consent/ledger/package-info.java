/**
 * The ledger: {@link no.vern.consent.ConsentLedger} on PostgreSQL, the append-only events and the
 * current state per person and purpose, the validation of a change against the inventory and the
 * notices, the keyed hash of a client address, and {@code POST/GET /api/v1/consents}. Decisions,
 * receipts, the sweep and the admin history use the events and states, so their row types and
 * queries are public to the module; all SQL on {@code consent_event} and {@code consent_state}
 * stays here.
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent.ledger;
