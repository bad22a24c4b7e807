package no.vern.cookie.scan;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/** Audit actions of the cookie scanner. Codes are persisted; never renumber one. */
@AuditCodes(from = 7100, to = 7109)
public enum CookieScanAuditAction implements AuditAction {
  /** Someone asked for a scan; resource the scan. The addresses are in the scan, not the trail. */
  COOKIE_SCAN_REQUESTED(7100),
  /** A scan ran to its end, whatever it found; resource the scan. */
  COOKIE_SCAN_FINISHED(7101),
  /** The scan itself could not run (no browser, interrupted); resource the scan, reason a code. */
  COOKIE_SCAN_FAILED(7102);

  private final int code;

  CookieScanAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
