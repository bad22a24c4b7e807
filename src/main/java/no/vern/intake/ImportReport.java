package no.vern.intake;

import java.util.List;
import no.vern.shared.problem.FieldError;

/**
 * The answer to an import: how many rows were stored and failed, and the failed rows (1-based data
 * row numbers, the header not counted) with their errors. {@code truncated} says the list stopped
 * at {@link RecordImport#MAX_REPORTED_ROWS}; the counts are always complete.
 */
record ImportReport(int imported, int failed, List<FailedRow> rows, boolean truncated) {

  record FailedRow(long row, List<FieldError> errors) {}
}
