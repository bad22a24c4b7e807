package no.vern.system;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of this module: Operations: scheduled tasks and event publications. Codes are
 * persisted; never renumber one.
 */
@AuditCodes(from = 1400, to = 1499)
public enum SystemAuditAction implements AuditAction {
  TASK_RUN_REQUESTED(1400),
  EVENT_PUBLICATIONS_RESUBMITTED(1410);

  private final int code;

  SystemAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
