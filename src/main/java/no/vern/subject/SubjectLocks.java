package no.vern.subject;

import no.vern.shared.lock.AdvisoryLock;

/** Advisory locks of this module: work over every subject that one instance does at a time. */
enum SubjectLocks implements AdvisoryLock {
  /** Moving identifiers and records to the newest key ("SUBJKEYS"). */
  REENCRYPTION(0x5355424a4b455953L),
  /** The one-time pass that re-indexes phone numbers in their E.164 form ("SUBJPHON"). */
  PHONE_REINDEX(0x5355424a50484f4eL),
  /** The one-time pass that indexes the names of records stored before V0084 ("SUBJNAME"). */
  NAME_INDEX(0x5355424a4e414d45L);

  private final long key;

  SubjectLocks(long key) {
    this.key = key;
  }

  @Override
  public long key() {
    return key;
  }
}
