/**
 * The CSV import, {@code POST /api/v1/imports}: columns mapped to records, validated row by row and
 * stored in batches by a bounded pool of writers, with a report of the rows refused and a log of
 * each import.
 */
@org.jspecify.annotations.NullMarked
package no.vern.intake.imports;
