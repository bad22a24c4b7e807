package no.vern.audit;

/**
 * The outcome of one walk over the trail.
 *
 * @param firstBrokenId the first entry that does not fit (for a gap, the missing id), or null
 * @param reason null when intact, else GAP, PREV_HASH_MISMATCH, HASH_MISMATCH or
 *     BAD_CHECKPOINT_SIGNATURE (the checkpoint the remaining entries start from is not genuine)
 */
public record AuditVerification(
    boolean ok, long entriesChecked, Long firstBrokenId, String reason, long durationMillis) {

  public long entriesPerSecond() {
    return durationMillis == 0 ? entriesChecked * 1000 : entriesChecked * 1000 / durationMillis;
  }
}
