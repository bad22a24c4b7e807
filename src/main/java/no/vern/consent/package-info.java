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
 * <p>This package is the module's API (the types above, the events, {@link
 * no.vern.consent.ConsentEntry}, {@link no.vern.consent.Decision}) and its contributions (audit
 * actions, navigation entry, settings, advisory locks, timed work). The rest is internal, by
 * sub-capability: {@code ledger} (the ledger on PostgreSQL, validation, proof keys, {@code
 * /api/v1/consents}), {@code decision} (the enforcement point and {@code /api/v1/decisions}),
 * {@code receipt} (signing, keys, the JWKS, the receipt API), {@code renewal} (the expiry and
 * renewal sweep), {@code history} (the admin history and its exports) and {@code purpose} (the
 * active inventory's purposes and what each notice said, which all of them read). The rules (state
 * transitions, decisions, receipt content) are in the Spring-free {@code domain} package. See
 * {@code docs/consent.md}.
 *
 * <p>Newsletters are a module of their own ({@code no.vern.newsletter}) built on this one's API.
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent;
