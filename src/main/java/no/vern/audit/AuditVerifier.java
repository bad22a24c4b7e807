package no.vern.audit;

/** Checks that the trail is whole: every entry present, unchanged and chained to the one before. */
public interface AuditVerifier {

  /** Walks the whole trail from the latest signed checkpoint (or the first entry) to the end. */
  AuditVerification verify();
}
