package no.vern.dsr.systems;

import java.time.Instant;
import java.util.UUID;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrTaskAuditAction;
import org.springframework.stereotype.Component;

/**
 * A request withdrawn, denied or expired: its system tasks that are not done are cancelled, so they
 * block nothing and the outbox sends them no more. A webhook system that already took one is not
 * told (OpenDSR has no cancel message; its callback on a cancelled task changes nothing). Notices
 * stay: they report a change Vern already made, which the request's end does not undo.
 */
@Component
class TaskCancellations {

  private final TaskRows rows;
  private final AuditTrail audit;

  TaskCancellations(TaskRows rows, AuditTrail audit) {
    this.rows = rows;
    this.audit = audit;
  }

  void cancel(UUID request, Instant at) {
    for (UUID task : rows.cancelOpen(request, at)) {
      audit.record(
          TaskCreation.SYSTEM.did(
              DsrTaskAuditAction.DSR_TASK_CANCELLED, "dsr-task", task.toString(), Outcome.SUCCESS));
    }
  }
}
