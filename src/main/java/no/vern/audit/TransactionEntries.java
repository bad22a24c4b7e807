package no.vern.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit entries of one transaction. They are written to audit_pending just before it commits,
 * in one batch, so they exist exactly when the action does; after the commit the writer is nudged
 * to seal them, and for a durable entry the thread waits (bounded) until they are on the chain, so
 * that the trail read right after the answer shows them. A timeout there does not fail the action,
 * which has committed: its entries wait in audit_pending and are sealed later.
 *
 * <p>Found among the transaction's synchronizations rather than bound as a resource: a suspended
 * transaction (REQUIRES_NEW) has its synchronizations put aside but not other resources, and its
 * entries must not leak into the inner one.
 */
final class TransactionEntries implements TransactionSynchronization {

  static final Duration SEAL_WAIT = Duration.ofSeconds(5);
  private static final Logger log = LoggerFactory.getLogger(TransactionEntries.class);

  private enum Phase {
    /** Entries are gathered. */
    OPEN,
    /** The batch is written and the transaction is about to commit: later ones are written now. */
    WRITTEN,
    /** Committed: nothing more can join the transaction. */
    COMMITTED
  }

  private final AuditPending pending;
  private final AuditWriter writer;
  private final List<AuditPending.Row> gathered = new ArrayList<>();
  private Phase phase = Phase.OPEN;
  private boolean awaitSeal;

  private TransactionEntries(AuditPending pending, AuditWriter writer) {
    this.pending = pending;
    this.writer = writer;
  }

  /**
   * The current transaction's entries, registered on first use; empty where an entry cannot be
   * written in the transaction: none is active, it is read-only, or it has already committed (a
   * caller in another synchronization's afterCommit).
   */
  static Optional<TransactionEntries> current(AuditPending pending, AuditWriter writer) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()
        || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      return Optional.empty();
    }
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof TransactionEntries mine) {
        return mine.phase == Phase.COMMITTED ? Optional.empty() : Optional.of(mine);
      }
    }
    var mine = new TransactionEntries(pending, writer);
    TransactionSynchronizationManager.registerSynchronization(mine);
    return Optional.of(mine);
  }

  void add(AuditPending.Row row, boolean durable) {
    awaitSeal |= durable;
    if (phase == Phase.OPEN) {
      gathered.add(row);
    } else {
      pending.insert(List.of(row)); // from another synchronization's beforeCommit: still in time
    }
  }

  /** First of all synchronizations, so that everything the others record comes after it. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void beforeCommit(boolean readOnly) {
    if (!gathered.isEmpty()) {
      pending.insert(gathered);
      gathered.clear();
    }
    phase = Phase.WRITTEN;
  }

  @Override
  public void afterCommit() {
    phase = Phase.COMMITTED;
  }

  @Override
  public void afterCompletion(int status) {
    if (status != STATUS_COMMITTED) {
      return; // rolled back: the entries go with the action
    }
    if (!gathered.isEmpty()) {
      // Registered too late for beforeCommit (from another synchronization's beforeCompletion or
      // afterCommit): the transaction has committed, so the entries go straight onto the chain.
      gathered.stream().map(writer::append).toList().forEach(AuditWriter::await);
      return;
    }
    writer.nudge();
    if (awaitSeal && !writer.awaitSealed(SEAL_WAIT)) {
      log.warn(
          "Audit entries committed with their action are not on the chain after {};"
              + " they wait in audit_pending and are sealed later",
          SEAL_WAIT);
    }
  }
}
