package no.vern.breach;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of the breach register. Resource: the breach id; never its text or a person's data.
 * Codes are persisted; never renumber one.
 */
@AuditCodes(from = 9000, to = 9049)
public enum BreachAuditAction implements AuditAction {
  BREACH_RECORDED(9000),
  BREACH_UPDATED(9001),
  /** A notification to Datatilsynet or to the people affected recorded (Art. 33, 34). */
  BREACH_NOTIFICATION_RECORDED(9002),
  /** The DPO reminded by mail of the time left (24 or 6 hours). */
  BREACH_DPO_ALERTED(9003),
  /** The people affected counted or listed for a case handler; resource the breach. */
  BREACH_AFFECTED_SEARCHED(9004),
  /** Art. 34 notices queued to the people affected; one entry per run, with the count. */
  BREACH_SUBJECTS_NOTIFIED(9005),
  /** The notification document for Datatilsynet read (HTML or JSON). */
  BREACH_DOCUMENT_READ(9006);

  private final int code;

  BreachAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
