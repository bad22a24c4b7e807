package no.vern.intake.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import no.vern.shared.problem.FieldError;

/**
 * The answer to an import: its id (on every record it stored and on its audit entries), how many
 * rows were stored and failed, and the failed rows (1-based data row numbers, the header not
 * counted) with their errors. {@code truncated} says the list stopped at {@link
 * RecordImport#MAX_REPORTED_ROWS}; the counts are always complete. Ids, counts and codes only.
 */
public record ImportReport(
    @JsonProperty("import") UUID id,
    int imported,
    int failed,
    List<FailedRow> rows,
    boolean truncated) {

  record FailedRow(long row, List<FieldError> errors) {}
}
