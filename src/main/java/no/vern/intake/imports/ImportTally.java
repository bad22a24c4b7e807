package no.vern.intake.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.vern.shared.problem.FieldError;
import no.vern.subject.ImportId;

/** The counts of an import and the first failed rows, for its answer. */
final class ImportTally {

  private final int maxReported;
  private int imported;
  private int failed;
  private final List<ImportReport.FailedRow> rows = new ArrayList<>();

  ImportTally(int maxReported) {
    this.maxReported = maxReported;
  }

  void stored(int count) {
    imported += count;
  }

  void failed(long row, FieldError error) {
    failed(new ImportReport.FailedRow(row, List.of(error)));
  }

  void failed(long row, List<FieldError> errors) {
    failed(new ImportReport.FailedRow(row, errors));
  }

  void failed(ImportReport.FailedRow row) {
    failed++;
    if (rows.size() < maxReported) {
      rows.add(row);
    }
  }

  int imported() {
    return imported;
  }

  int failed() {
    return failed;
  }

  /** Rows the database refused are known after later rows failed their checks: sorted here. */
  ImportReport report(ImportId id) {
    List<ImportReport.FailedRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingLong(ImportReport.FailedRow::row));
    return new ImportReport(id.value(), imported, failed, sorted, failed > rows.size());
  }
}
