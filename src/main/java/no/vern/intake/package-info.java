/**
 * The channels personal data arrives through: contact, newsletter, download, event, survey and
 * imports, with validation and screening for sensitive data (Art. 6, 8, 9, 14).
 *
 * <p>Built: {@code POST /api/v1/records} for integrators, with every field error reported at once
 * and the Art. 14 information date set for data not from the person, and the CSV import {@code POST
 * /api/v1/imports}, stored in batches through the subject module's bulk API and audited once per
 * import; both take an {@code Idempotency-Key} (docs/intake.md); the admin lists of people to
 * inform (Art. 14) and of records screening flagged, each row with its mark. The public forms
 * declared in the inventory, {@code /public/forms/{id}}: JSON and ordinary form posts, screened
 * under each form's action, an age limit for consent (Art. 8), a honeypot and an origin allow-list,
 * the same answer for everyone, and {@link no.vern.intake.NewsletterSignupRequested} for the
 * consent capability (docs/forms.md).
 */
@org.jspecify.annotations.NullMarked
package no.vern.intake;
