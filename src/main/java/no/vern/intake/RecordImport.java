package no.vern.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A CSV import (docs/intake.md): read row by row and store each row through the same validation and
 * transaction as {@code POST /api/v1/records}. Each row commits on its own, so a failing row leaves
 * nothing of itself and the good rows before and after it stay.
 */
@Component
class RecordImport {

  /** Bounds one request's work and time; a larger file is split by the sender. */
  static final int MAX_ROWS = 100_000;

  /** Bounds the answer's size when most rows of a large file fail. */
  static final int MAX_REPORTED_ROWS = 1_000;

  private static final Logger log = LoggerFactory.getLogger(RecordImport.class);

  private final RecordValidation validation;
  private final RetryingIntake intake;
  private final AuditTrail audit;

  RecordImport(RecordValidation validation, RetryingIntake intake, AuditTrail audit) {
    this.validation = validation;
    this.intake = intake;
    this.audit = audit;
  }

  ImportReport run(String activity, String source, InputStream body, String actor)
      throws IOException {
    validation.validateTarget(activity, source);
    try (CsvReader csv = new CsvReader(body)) {
      ImportColumns columns = ImportColumns.of(header(csv));
      Tally tally = new Tally();
      try {
        readRows(csv, columns, activity.strip(), source.strip(), actor, tally);
      } finally {
        // Also when the client's connection breaks: the rows stored so far are on the trail.
        audit.record(
            AuditActor.of(actor)
                .did(
                    AuditAction.RECORDS_IMPORTED,
                    "activity",
                    activity.strip(),
                    tally.imported > 0 || tally.failed == 0
                        ? AuditRecord.Outcome.SUCCESS
                        : AuditRecord.Outcome.FAILURE));
      }
      return tally.report();
    }
  }

  private void readRows(
      CsvReader csv,
      ImportColumns columns,
      String activity,
      String source,
      String actor,
      Tally tally)
      throws IOException {
    long row = 0;
    while (true) {
      List<String> fields;
      try {
        fields = csv.next();
      } catch (CsvReader.CsvFormatException e) {
        // The reader cannot find the next record boundary, so the rest is not read.
        tally.failed(
            row + 1, new FieldError(null, "csv", e.getMessage() + " The rest was not read."));
        return;
      }
      if (fields == null) {
        return;
      }
      row++;
      if (row > MAX_ROWS) {
        tally.failed(
            row,
            new FieldError(
                null,
                "limit",
                "An import takes at most " + MAX_ROWS + " rows; the rest was not read."));
        return;
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue; // a blank line
      }
      importRow(row, fields, columns, activity, source, actor, tally);
    }
  }

  private void importRow(
      long row,
      List<String> fields,
      ImportColumns columns,
      String activity,
      String source,
      String actor,
      Tally tally) {
    List<FieldError> earlier = new ArrayList<>();
    try {
      RecordRequest request = columns.request(fields, activity, source, earlier);
      intake.store(validation.validate(request, earlier), actor);
      tally.imported++;
    } catch (ApiProblem problem) {
      tally.failed(row, problem.errors().stream().map(RecordImport::asColumn).toList());
    } catch (RuntimeException e) {
      // The row's transaction was rolled back; the exception may hold values, so it is not logged.
      log.warn("Import row {} could not be stored: {}", row, e.getClass().getName());
      tally.failed(row, new FieldError(null, "not-stored", "The row could not be stored."));
    }
  }

  private static List<String> header(CsvReader csv) throws IOException {
    List<String> header;
    try {
      header = csv.next();
    } catch (CsvReader.CsvFormatException e) {
      throw new ApiProblem(
          ProblemType.VALIDATION_FAILED,
          "The header row is not valid CSV; nothing was read or stored.",
          List.of(new FieldError("header", "csv", e.getMessage())));
    }
    if (header == null) {
      throw new ApiProblem(
          ProblemType.VALIDATION_FAILED,
          "The file is empty; a header row is required.",
          List.of(new FieldError("header", "required", "Start the file with a header row.")));
    }
    return header;
  }

  /**
   * In a CSV the identifier is the column {@code email}, not the JSON path {@code
   * identifiers.email}.
   */
  private static FieldError asColumn(FieldError error) {
    String field = error.field();
    return field != null && field.startsWith("identifiers.")
        ? new FieldError(field.substring("identifiers.".length()), error.code(), error.message())
        : error;
  }

  private static final class Tally {
    int imported;
    int failed;
    final List<ImportReport.FailedRow> rows = new ArrayList<>();

    void failed(long row, FieldError error) {
      failed(row, List.of(error));
    }

    void failed(long row, List<FieldError> errors) {
      failed++;
      if (rows.size() < MAX_REPORTED_ROWS) {
        rows.add(new ImportReport.FailedRow(row, errors));
      }
    }

    ImportReport report() {
      return new ImportReport(imported, failed, rows, failed > rows.size());
    }
  }
}
