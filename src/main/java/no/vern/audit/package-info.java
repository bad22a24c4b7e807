/**
 * The append-only, hash-chained trail of every action and every read of personal data (GDPR Art.
 * 5(2) accountability, Art. 30). Entries hold identifiers, never personal-data values.
 */
@org.jspecify.annotations.NullMarked
package no.vern.audit;
