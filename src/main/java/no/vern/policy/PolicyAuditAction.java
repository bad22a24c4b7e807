package no.vern.policy;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/** Audit actions of this module: The privacy notice. Codes are persisted; never renumber one. */
@AuditCodes(from = 2100, to = 2199)
public enum PolicyAuditAction implements AuditAction {
  PRIVACY_NOTICE_PUBLISHED(2100);

  private final int code;

  PolicyAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
