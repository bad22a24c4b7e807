/**
 * The channels personal data arrives through: contact, newsletter, download, event, survey and
 * imports, with validation and screening for sensitive data (Art. 6, 8, 9, 14).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
package no.vern.intake;
