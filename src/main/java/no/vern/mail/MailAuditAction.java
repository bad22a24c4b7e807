package no.vern.mail;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/** Audit actions of this module: Outgoing mail. Codes are persisted; never renumber one. */
@AuditCodes(from = 1300, to = 1399)
public enum MailAuditAction implements AuditAction {
  MAIL_SENT(1300),
  MAIL_GAVE_UP(1301),
  MAIL_RETRIED(1302);

  private final int code;

  MailAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
