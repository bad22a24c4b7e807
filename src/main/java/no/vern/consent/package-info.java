/**
 * Consent (Art. 7, 21(3)): the ledger of every decision a person makes about a consent purpose
 * ({@link no.vern.consent.ConsentLedger}), the enforcement point that answers whether a person's
 * data may be processed for a purpose or activity now ({@link no.vern.consent.ConsentDecisions}),
 * signed receipts for consents given, renewed and withdrawn ({@link
 * no.vern.consent.ConsentReceipts}, keys at {@code /.well-known/jwks.json}), expiry after a
 * purpose's maximum age and renewal after a material change of the notice. Art. 7(1): the
 * controller can show that the person consented; Art. 7(3): withdrawal is recorded as easily as
 * consent. Events ({@link no.vern.consent.ConsentChanged}) carry ids and codes only.
 *
 * <p>The rules (state transitions, decisions, receipt content) are in the Spring-free {@code
 * domain} package. See {@code docs/consent.md}.
 *
 * <p>Newsletters are a module of their own ({@code no.vern.newsletter}) built on this one's API.
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent;
