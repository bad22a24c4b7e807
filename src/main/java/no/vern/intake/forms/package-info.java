/**
 * The public forms declared in the inventory, {@code /public/forms/{id}}: the page and the embed,
 * JSON and ordinary posts, validation, screening under the form's action, the age limit for consent
 * (Art. 8), the origin allow-list and CORS, and the same answer for everyone (docs/forms.md).
 */
@org.jspecify.annotations.NullMarked
package no.vern.intake.forms;
