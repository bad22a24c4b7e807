package no.vern.intake;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of this module: Imports (numbered among the subject codes before modules owned
 * ranges). Codes are persisted; never renumber one.
 */
@AuditCodes(from = 3011, to = 3011)
@AuditCodes(from = 3041, to = 3099)
public enum IntakeAuditAction implements AuditAction {
  RECORDS_IMPORTED(3011),
  RECORDS_IMPORT_STARTED(3041);

  private final int code;

  IntakeAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
