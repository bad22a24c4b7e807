package no.vern.audit;

import java.time.Clock;
import java.util.Optional;
import no.vern.shared.Correlation;
import org.springframework.stereotype.Component;

/**
 * Chooses where an entry is written: inside the caller's transaction when there is one, so that it
 * exists exactly when the action does and survives a crash from the commit on; otherwise straight
 * onto the chain through the writer's group commit, awaited.
 */
@Component
class ChainedAuditTrail implements AuditTrail {

  private final AuditWriter writer;
  private final AuditPending pending;
  private final Clock clock;

  ChainedAuditTrail(AuditWriter writer, AuditPending pending, Clock clock) {
    this.writer = writer;
    this.pending = pending;
    this.clock = clock;
  }

  @Override
  public void recordDurably(AuditRecord record) {
    write(record, true);
  }

  @Override
  public void record(AuditRecord record) {
    write(record, false);
  }

  @Override
  public void recordAll(java.util.Collection<AuditRecord> records) {
    Optional<TransactionEntries> transaction = TransactionEntries.current(pending, writer);
    if (transaction.isPresent()) {
      records.forEach(r -> transaction.get().add(row(r), false));
      return;
    }
    // Each future completes when its entry's batch is committed; the writer takes them together.
    records.stream().map(r -> writer.append(row(r))).toList().forEach(AuditWriter::await);
  }

  @Override
  public void recordBestEffort(AuditRecord record) {
    Optional<TransactionEntries> transaction = TransactionEntries.current(pending, writer);
    if (transaction.isPresent()) {
      transaction.get().add(row(record), false);
    } else {
      writer.append(row(record));
    }
  }

  private void write(AuditRecord record, boolean awaitSeal) {
    Optional<TransactionEntries> transaction = TransactionEntries.current(pending, writer);
    if (transaction.isPresent()) {
      transaction.get().add(row(record), awaitSeal);
    } else {
      AuditWriter.await(writer.append(row(record)));
    }
  }

  private AuditPending.Row row(AuditRecord record) {
    return new AuditPending.Row(record, clock.instant(), Correlation.current());
  }
}
