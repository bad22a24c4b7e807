package no.vern.intake.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.intake.IntakeAuditAction;
import no.vern.intake.config.IntakeSettings;
import no.vern.intake.records.RecordRequest;
import no.vern.intake.records.RecordValidation;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.ImportId;
import org.springframework.stereotype.Component;

/**
 * A CSV import (docs/intake.md): every row is checked like a {@code POST /api/v1/records} body, and
 * the valid rows are stored in batches through {@link no.vern.subject.SubjectBulkIntake}, one
 * transaction per batch. A row that fails its checks is reported and never sent; a batch the
 * database refuses is stored again row by row, so one bad row never takes good ones with it and
 * never leaves half of itself behind.
 */
@Component
class RecordImport {

  /** Bounds the answer's size when most rows of a large file fail. */
  static final int MAX_REPORTED_ROWS = 1_000;

  private final RecordValidation validation;
  private final ImportWriters writers;
  private final ImportLog log;
  private final AuditTrail audit;
  private final IntakeSettings settings;
  private final Clock clock;

  RecordImport(
      RecordValidation validation,
      ImportWriters writers,
      ImportLog log,
      AuditTrail audit,
      IntakeSettings settings,
      Clock clock) {
    this.validation = validation;
    this.writers = writers;
    this.log = log;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  ImportReport run(String activity, String source, InputStream body, String actor)
      throws IOException {
    return run(new ImportId(UUID.randomUUID()), activity, source, body, actor, () -> {});
  }

  /**
   * Imports the file under the given id; {@code progress} is called after each stored batch. Throws
   * an {@link ApiProblem} only before any row is stored.
   */
  ImportReport run(
      ImportId id,
      String activity,
      String source,
      InputStream body,
      String actor,
      Runnable progress)
      throws IOException {
    RecordValidation.Target target = validation.target(activity, source);
    try (CsvReader csv = new CsvReader(body)) {
      ImportColumns columns = ImportColumns.of(header(csv));
      AuditActor who = AuditActor.of(actor);
      log.started(id, actor, activity.strip(), source.strip(), clock.instant());
      // Before the first row is stored: every stored row carries this id, and a crash must not
      // leave rows whose import is not on the trail.
      audit.recordDurably(
          who.did(IntakeAuditAction.RECORDS_IMPORT_STARTED, "import", id.toString(), SUCCESS));
      ImportTally tally = new ImportTally(MAX_REPORTED_ROWS);
      ImportPipeline pipeline =
          new ImportPipeline(writers, id, tally, Math.max(1, settings.importBatchSize()), progress);
      boolean complete = false;
      try {
        readRows(csv, columns, activity.strip(), source.strip(), target, pipeline, tally);
        complete = true;
      } finally {
        // Also when the client's connection breaks: the rows stored so far are counted.
        pipeline.finish();
        log.finished(id, tally.imported(), tally.failed(), complete, clock.instant());
        audit.recordDurably(
            who.did(
                IntakeAuditAction.RECORDS_IMPORTED,
                "import",
                id.toString(),
                tally.imported() > 0 || tally.failed() == 0
                    ? AuditRecord.Outcome.SUCCESS
                    : AuditRecord.Outcome.FAILURE));
      }
      return tally.report(id);
    }
  }

  private static final AuditRecord.Outcome SUCCESS = AuditRecord.Outcome.SUCCESS;

  private void readRows(
      CsvReader csv,
      ImportColumns columns,
      String activity,
      String source,
      RecordValidation.Target target,
      ImportPipeline pipeline,
      ImportTally tally)
      throws IOException {
    long row = 0;
    int maxRows = settings.importMaxRows();
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
      if (row > maxRows) {
        tally.failed(
            row,
            new FieldError(
                null,
                "limit",
                "An import takes at most " + maxRows + " rows; the rest was not read."));
        return;
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue; // a blank line
      }
      List<FieldError> earlier = new ArrayList<>();
      try {
        RecordRequest request = columns.request(fields, activity, source, earlier);
        pipeline.add(new ImportRow(row, validation.validate(request, earlier, target)));
      } catch (ApiProblem problem) {
        tally.failed(row, problem.errors().stream().map(RecordImport::asColumn).toList());
      }
    }
  }

  private static List<String> header(CsvReader csv) throws IOException {
    List<String> header;
    try {
      header = csv.next();
    } catch (CsvReader.CsvFormatException e) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "The header row is not valid CSV; nothing was read or stored.",
          List.of(new FieldError("header", "csv", e.getMessage())));
    }
    if (header == null) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
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
}
