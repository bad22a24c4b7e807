package no.vern.retention;

import no.vern.shared.lock.AdvisoryLock;

/** Advisory locks of retention. */
enum RetentionLocks implements AdvisoryLock {
  /** Held while a run starts or takes over another's lease ("vernrete"). */
  SWEEP(0x7665726e_72657465L);

  private final long key;

  RetentionLocks(long key) {
    this.key = key;
  }

  @Override
  public long key() {
    return key;
  }
}
