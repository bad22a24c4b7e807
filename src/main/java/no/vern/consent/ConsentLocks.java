package no.vern.consent;

import no.vern.shared.lock.AdvisoryLock;

/**
 * Advisory locks of this module: renewal after a material change. Public for {@code
 * renewal.RenewalMarking}; no other module takes them.
 */
public enum ConsentLocks implements AdvisoryLock {
  /** One marking of consents for renewal at a time ("consentR"). */
  RENEWAL_MARKING(0x636f6e73656e7452L);

  private final long key;

  ConsentLocks(long key) {
    this.key = key;
  }

  @Override
  public long key() {
    return key;
  }
}
