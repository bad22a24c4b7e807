/**
 * The channels personal data arrives through: contact, newsletter, download, event, survey and
 * imports, with validation and screening for sensitive data (Art. 6, 8, 9, 14).
 *
 * <p>Built: {@code POST /api/v1/records} for integrators, with every field error reported at once
 * and the Art. 14 information date set for data not from the person, and the CSV import {@code POST
 * /api/v1/imports}, stored in batches through the subject module's bulk API and audited once per
 * import; both take an {@code Idempotency-Key} (docs/intake.md). Not built yet: the forms and the
 * wiring of the screener into intake.
 */
package no.vern.intake;
