package no.vern.access;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of this module: Sign-ins, users and API tokens. Codes are persisted; never renumber
 * one.
 */
@AuditCodes(from = 1000, to = 1099)
public enum AccessAuditAction implements AuditAction {
  LOGIN_SUCCEEDED(1000),
  LOGIN_FAILED(1001),
  LOGOUT(1002),
  /** Written until issue 10, when the account lock gave way to throttling; kept for old entries. */
  ACCOUNT_LOCKED(1003),
  /** An attempt refused unseen: its address, or its address on that username, must wait. */
  LOGIN_THROTTLED(1004),
  /**
   * A username reached the burst of failures from all addresses; the user is mailed if possible.
   */
  FAILED_LOGIN_BURST(1005),
  USER_CREATED(1010),
  USER_DISABLED(1011),
  USER_ENABLED(1012),
  PASSWORD_CHANGED(1013),
  API_TOKEN_CREATED(1020),
  API_TOKEN_REVOKED(1021),
  /**
   * Written per request until issue 17; a token's use is now counted per minute in access_token_use
   * (docs/audit.md). Kept for old entries.
   */
  API_TOKEN_USED(1022),
  API_TOKEN_REJECTED(1023);

  private final int code;

  AccessAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
