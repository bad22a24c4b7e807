package no.vern.inventory;

import no.vern.shared.lock.AdvisoryLock;

/** Advisory locks of this module: activating inventory versions. */
enum InventoryLocks implements AdvisoryLock {
  /** One inventory version is activated at a time. */
  ACTIVATION(0x1_4E56_0001L);

  private final long key;

  InventoryLocks(long key) {
    this.key = key;
  }

  @Override
  public long key() {
    return key;
  }
}
