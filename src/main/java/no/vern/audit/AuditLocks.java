package no.vern.audit;

import no.vern.shared.lock.AdvisoryLock;

/** Advisory locks of this module: the end of the chain, and the purge of old entries. */
enum AuditLocks implements AdvisoryLock {
  /** Serialises every writer that appends to the chain, on every instance ("vernaudi"). */
  CHAIN(0x7665726e_61756469L),
  /** One purge at a time; it then takes {@link #CHAIN} as well to cut the chain's start. */
  PURGE(0x7665726e_6175646aL);

  private final long key;

  AuditLocks(long key) {
    this.key = key;
  }

  @Override
  public long key() {
    return key;
  }
}
