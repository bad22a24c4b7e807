/**
 * A person's consent history for the DPO and auditors: the admin page {@code /admin/consent} by
 * subject id and its exports as proof for a supervisory authority (CSV, and JSON with each
 * receipt's JWS), each view and export audited before the history is shown. The history itself
 * comes from the ledger, whose API also serves it to integrators ({@code GET /api/v1/consents}).
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent.history;
