package no.vern.dsr;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of requests from data subjects: every step of a request and every read of one.
 * Codes are persisted; never renumber one.
 */
@AuditCodes(from = 6000, to = 6049)
public enum DsrAuditAction implements AuditAction {
  DSR_RECEIVED(6000),
  DSR_CODE_SENT(6001),
  DSR_VERIFIED(6002),
  DSR_VERIFICATION_FAILED(6003),
  DSR_ASSIGNED(6004),
  DSR_STARTED(6005),
  DSR_EXTENDED(6006),
  DSR_FULFILLED(6007),
  DSR_DENIED(6008),
  DSR_WITHDRAWN(6009),
  DSR_EXPIRED(6010),
  DSR_REMINDED(6011),
  DSR_READ(6012),
  DSR_EXTENSION_REFUSED(6013),
  DSR_WEBHOOK_SENT(6014),
  DSR_WEBHOOK_FAILED(6015),
  /** A closed request's address, text, subject link and notes purged after its retention. */
  DSR_ANSWERED_DATA_PURGED(6016);

  private final int code;

  DsrAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
