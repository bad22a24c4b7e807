package no.vern.cookie;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;
import no.vern.audit.ReadOfPersonalData;

/**
 * Audit actions of the cookie-consent log (the server side; the scanner owns 7100-7109). Public
 * choices are not audited: the log is their record. Codes are persisted; never renumber one.
 */
@AuditCodes(from = 7000, to = 7019)
public enum CookieAuditAction implements AuditAction {
  /** The choices of one consent id read on the admin page. */
  @ReadOfPersonalData
  COOKIE_CONSENT_READ(7000),
  /** The choices of a period exported as CSV (admin page or API). */
  COOKIE_LOG_EXPORTED(7001),
  /** Rows past the log's retention deleted by {@code cookie.log-purge}. */
  COOKIE_LOG_PURGED(7002),
  /** A consent id linked to the person who signed up through a public form. */
  COOKIE_CONSENT_LINKED(7003);

  private final int code;

  CookieAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
