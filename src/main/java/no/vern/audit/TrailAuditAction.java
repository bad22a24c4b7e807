package no.vern.audit;

/**
 * Audit actions of this module: The trail itself (11xx) and actions integrators record in their own
 * systems (12xx). Codes are persisted; never renumber one.
 */
@AuditCodes(from = 1100, to = 1299)
public enum TrailAuditAction implements AuditAction {
  AUDIT_VERIFIED(1100),
  AUDIT_PURGED(1101),
  AUDIT_VIEWED(1102),
  EXTERNAL_EVENT(1200);

  private final int code;

  TrailAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
