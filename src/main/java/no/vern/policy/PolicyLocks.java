package no.vern.policy;

import no.vern.shared.lock.AdvisoryLock;

/** Advisory locks of this module: publishing notices. */
enum PolicyLocks implements AdvisoryLock {
  /** One notice version is published at a time. */
  PUBLISH(0x7072697661637931L);

  private final long key;

  PolicyLocks(long key) {
    this.key = key;
  }

  @Override
  public long key() {
    return key;
  }
}
