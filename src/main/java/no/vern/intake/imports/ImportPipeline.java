package no.vern.intake.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import no.vern.shared.problem.FieldError;
import no.vern.subject.ImportId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects an import's valid rows into batches and hands them to the {@link ImportWriters}, keeping
 * only a few batches in flight so memory stays bounded however large the file.
 */
final class ImportPipeline {

  private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);

  private final ImportWriters writers;
  private final ImportId id;
  private final ImportTally tally;
  private final int batchSize;
  private final Deque<Pending> inFlight = new ArrayDeque<>();
  private List<ImportRow> batch = new ArrayList<>();

  private record Pending(List<ImportRow> rows, Future<ImportWriters.Outcome> outcome) {}

  private final Runnable progress;

  ImportPipeline(
      ImportWriters writers, ImportId id, ImportTally tally, int batchSize, Runnable progress) {
    this.progress = progress;
    this.writers = writers;
    this.id = id;
    this.tally = tally;
    this.batchSize = batchSize;
  }

  void add(ImportRow row) {
    batch.add(row);
    if (batch.size() >= batchSize) {
      send();
    }
  }

  /** Sends what is left and waits until every batch has been stored or refused. */
  void finish() {
    if (!batch.isEmpty()) {
      send();
    }
    while (!inFlight.isEmpty()) {
      collect(inFlight.poll());
    }
  }

  private void send() {
    inFlight.add(new Pending(batch, writers.write(id, batch)));
    batch = new ArrayList<>();
    // One waiting batch per writer beyond the ones being written keeps every writer busy.
    while (inFlight.size() > 2 * writers.count()) {
      collect(inFlight.poll());
    }
  }

  private void collect(Pending pending) {
    try {
      ImportWriters.Outcome outcome = pending.outcome().get();
      tally.stored(outcome.stored());
      outcome.refused().forEach(tally::failed);
      progress.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      refuseAll(pending, e);
    } catch (ExecutionException e) {
      refuseAll(pending, e.getCause());
    }
  }

  private void refuseAll(Pending pending, Throwable cause) {
    log.warn(
        "Import {}: a batch of {} rows failed: {}",
        id,
        pending.rows().size(),
        cause == null ? "?" : cause.getClass().getName());
    FieldError error = new FieldError(null, "not-stored", "The row could not be stored.");
    pending.rows().forEach(row -> tally.failed(row.number(), error));
  }
}
