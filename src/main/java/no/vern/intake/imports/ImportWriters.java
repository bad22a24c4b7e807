package no.vern.intake.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.vern.intake.config.IntakeSettings;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.BatchNotStoredException;
import no.vern.subject.BulkEntry;
import no.vern.subject.ImportId;
import no.vern.subject.SubjectBulkIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Stores an import's batches on a few threads of their own, so that reading and checking the next
 * rows goes on while PostgreSQL writes the last ones. A batch the database refuses is stored again
 * row by row: the row it refuses is reported and the others are kept.
 */
@Component
class ImportWriters implements DisposableBean {

  /** What became of a batch: rows stored, and the rows the database refused. */
  record Outcome(int stored, List<ImportReport.FailedRow> refused) {}

  private static final Logger log = LoggerFactory.getLogger(ImportWriters.class);
  private static final FieldError NOT_STORED =
      new FieldError(null, "not-stored", "The row could not be stored.");

  private final SubjectBulkIntake bulk;
  private final ExecutorService threads;
  private final int count;

  ImportWriters(SubjectBulkIntake bulk, IntakeSettings settings) {
    this.bulk = bulk;
    this.count = Math.max(1, settings.importWriters());
    AtomicInteger number = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            count,
            task -> {
              Thread thread = new Thread(task, "import-writer-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** How many batches run at once. */
  int count() {
    return count;
  }

  Future<Outcome> write(ImportId id, List<ImportRow> rows) {
    return threads.submit(() -> store(id, rows));
  }

  private Outcome store(ImportId id, List<ImportRow> rows) {
    try {
      bulk.storeBatch(id, rows.stream().map(ImportWriters::entry).toList());
      return new Outcome(rows.size(), List.of());
    } catch (ApiProblem vetoed) {
      // A module refused a row (an unsubscribed address, say): its field errors say why.
      if (rows.size() == 1) {
        return new Outcome(
            0, List.of(new ImportReport.FailedRow(rows.get(0).number(), vetoed.errors())));
      }
      return rowByRow(id, rows);
    } catch (BatchNotStoredException | IllegalArgumentException e) {
      if (rows.size() == 1) {
        // The exception may hold values, so only its class is logged.
        log.warn(
            "Import {} row {} not stored: {}", id, rows.get(0).number(), e.getClass().getName());
        return new Outcome(
            0, List.of(new ImportReport.FailedRow(rows.get(0).number(), List.of(NOT_STORED))));
      }
      log.warn("Import {}: a batch of {} rows was refused; storing it row by row", id, rows.size());
      return rowByRow(id, rows);
    }
  }

  private Outcome rowByRow(ImportId id, List<ImportRow> rows) {
    int stored = 0;
    List<ImportReport.FailedRow> refused = new ArrayList<>();
    for (ImportRow row : rows) {
      Outcome one = store(id, List.of(row));
      stored += one.stored();
      refused.addAll(one.refused());
    }
    return new Outcome(stored, refused);
  }

  private static BulkEntry entry(ImportRow row) {
    return new BulkEntry(row.command().identifiers(), row.command().record());
  }

  @Override
  public void destroy() {
    threads.shutdownNow();
  }
}
