package no.vern.access;

import no.vern.shared.lock.AdvisoryLock;

/** Advisory locks of this module: first start. */
enum AccessLocks implements AdvisoryLock {
  /** Instances starting at once create the first admin user once ("access01"). */
  BOOTSTRAP(0x61636365_73733031L);

  private final long key;

  AccessLocks(long key) {
    this.key = key;
  }

  @Override
  public long key() {
    return key;
  }
}
