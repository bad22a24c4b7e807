package no.vern.audit;

/**
 * How every module puts an action on the tamper-evident trail. Appends from all threads are batched
 * into one hash chain; the correlation id is taken from the current work.
 */
public interface AuditTrail {

  /**
   * Appends and returns once the entry is committed: after this returns, a crash cannot lose it.
   * Use it where the action must not happen unrecorded.
   */
  void recordDurably(AuditRecord record);

  /**
   * Queues the entry and returns at once; it is committed with the next batch, within milliseconds.
   * For high-volume, low-stakes records such as token use.
   */
  void record(AuditRecord record);
}
