/**
 * {@code Idempotency-Key} for the records API and the import: keys claimed per principal, the
 * stored answer for a repeat, and their purge. A repeated import is answered from the import's log,
 * so this package reads {@code imports}' log and report.
 */
@org.jspecify.annotations.NullMarked
package no.vern.intake.idempotency;
