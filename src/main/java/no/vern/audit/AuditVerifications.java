package no.vern.audit;

/**
 * How a verification is itself put on the trail: who asked, and where the chain broke if it did.
 */
final class AuditVerifications {

  private AuditVerifications() {}

  static AuditRecord recordOf(AuditActor actor, AuditVerification result) {
    String brokenAt = result.firstBrokenId() == null ? "" : result.firstBrokenId().toString();
    return actor.did(
        TrailAuditAction.AUDIT_VERIFIED,
        "audit_entry",
        brokenAt,
        result.ok() ? AuditRecord.Outcome.SUCCESS : AuditRecord.Outcome.FAILURE);
  }
}
