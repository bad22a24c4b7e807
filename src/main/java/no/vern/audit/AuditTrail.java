package no.vern.audit;

/**
 * How every module puts an action on the tamper-evident trail. Inside a transaction an entry is
 * written with it (it exists exactly when the action committed, and a crash after the commit cannot
 * lose it); outside one it is appended to the chain before the call returns. Either way, an entry
 * recorded before the action's answer is sent survives a crash. The correlation id is taken from
 * the current work. docs/audit.md, "Writing", has the whole contract.
 */
public interface AuditTrail {

  /**
   * As {@link #record}, and in a transaction the thread also waits after the commit (a few seconds
   * at most) until the entry is on the chain, so that the trail read right after the answer shows
   * it. Use it where a person or a test reads the trail right after the action.
   */
  void recordDurably(AuditRecord record);

  /**
   * In a transaction: written with it, on the chain within milliseconds of the commit, gone if it
   * rolls back. Without one: on the chain before this returns.
   */
  void record(AuditRecord record);

  /**
   * As {@link #record} for each, but outside a transaction all are handed to the writer before the
   * first is awaited, so they share one commit of the chain instead of one wait each: for an answer
   * that reads many people at once (a batch of purpose decisions).
   */
  default void recordAll(java.util.Collection<AuditRecord> records) {
    records.forEach(this::record);
  }

  /**
   * Queued and not awaited outside a transaction, so a crash within milliseconds can lose it. Only
   * for entries without legal weight, which docs/audit.md lists (the use of an API token, whose
   * request records its own entry).
   */
  void recordBestEffort(AuditRecord record);
}
