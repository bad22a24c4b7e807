/**
 * Data subjects, their blind-indexed identifiers, personal-data records and field encryption (Art.
 * 5, 32).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
package no.vern.subject;
