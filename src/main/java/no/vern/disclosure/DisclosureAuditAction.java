package no.vern.disclosure;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/** Audit actions of the disclosure register. Codes are persisted; never renumber one. */
@AuditCodes(from = 6100, to = 6149)
public enum DisclosureAuditAction implements AuditAction {
  DISCLOSURE_RECORDED(6100);

  private final int code;

  DisclosureAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
