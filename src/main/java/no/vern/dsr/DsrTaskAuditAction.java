package no.vern.dsr;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of the tasks for connected systems and the Art. 19 notices to recipients. The
 * resource is the task ({@code dsr-task}); codes are persisted, never renumber one.
 */
@AuditCodes(from = 6200, to = 6249)
public enum DsrTaskAuditAction implements AuditAction {
  DSR_TASK_CREATED(6200),
  DSR_TASK_SENT(6201),
  DSR_TASK_SEND_FAILED(6202),
  DSR_TASK_COMPLETED(6203),
  DSR_TASK_CALLBACK_REFUSED(6204),
  DSR_TASK_CLOSED_BY_HAND(6205),
  DSR_TASK_REPORTED(6206),
  DSR_NOTICE_CREATED(6207),
  DSR_NOTICE_MAILED(6208),
  DSR_NOTICE_SENT_BY_HAND(6209),
  DSR_NOTICE_ACKNOWLEDGED(6210),
  DSR_NOTICE_IMPOSSIBLE(6211),
  DSR_FULFILMENT_BLOCKED(6212),
  DSR_TASK_CANCELLED(6213);

  private final int code;

  DsrTaskAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
