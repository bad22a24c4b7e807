package no.vern.dsr;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of the changes a request makes to a person's data (Art. 16-18, 21), by subject id;
 * a rectification names the fields, never their values. Codes are persisted; never renumber one.
 */
@AuditCodes(from = 6150, to = 6199)
public enum DsrChangeAuditAction implements AuditAction {
  DSR_RECTIFIED(6150),
  DSR_ERASURE_PROPOSED(6151),
  DSR_RECORDS_ERASED(6152),
  DSR_RECORDS_KEPT(6153),
  DSR_RESTRICTED(6154),
  DSR_RESTRICTION_LIFT_TOLD(6155),
  DSR_RESTRICTION_LIFTED(6156),
  DSR_OBJECTION_UPHELD(6157),
  DSR_OBJECTION_REJECTED(6158),
  DSR_MARKETING_OBJECTION(6159);

  private final int code;

  DsrChangeAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
