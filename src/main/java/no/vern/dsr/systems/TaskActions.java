package no.vern.dsr.systems;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrTaskAuditAction;
import no.vern.dsr.DsrTaskProblem;
import no.vern.dsr.domain.Signatures;
import no.vern.shared.problem.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What closes tasks and notices: a system's signed callback, and a case handler's hand (a manual
 * task done, a notice sent, acknowledged, or recorded as impossible or disproportionate with the
 * reason). A system task that is done acknowledges the notices that went through it.
 */
@Service
class TaskActions {

  private final TaskRows rows;
  private final TaskKeys keys;
  private final AuditTrail audit;
  private final DsrTaskSettings settings;
  private final Clock clock;

  TaskActions(
      TaskRows rows, TaskKeys keys, AuditTrail audit, DsrTaskSettings settings, Clock clock) {
    this.rows = rows;
    this.keys = keys;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A system's callback. An unknown task, a task of no webhook system and a bad or old signature
   * get the same refusal, so that the answer tells a caller without the secret nothing.
   */
  @Transactional(noRollbackFor = ApiProblem.class)
  TaskRow callback(
      UUID id, @Nullable String signature, String body, String status, @Nullable String reason) {
    Instant now = clock.instant();
    Optional<TaskRow> found = rows.lock(id);
    boolean signed =
        found.isPresent()
            && found.get().kind().equals(TaskRow.SYSTEM)
            && found.get().channel().equals("webhook")
            && signature != null
            && Signatures.valid(
                keys.secret(found.get().systemId()),
                signature,
                body,
                now.getEpochSecond(),
                settings.callbackTolerance().toSeconds());
    if (!signed) {
      audit.record(
          AuditActor.of(null)
              .did(
                  DsrTaskAuditAction.DSR_TASK_CALLBACK_REFUSED,
                  "dsr-task",
                  id.toString(),
                  Outcome.DENIED));
      throw new ApiProblem(
          DsrTaskProblem.TASK_CALLBACK_REFUSED,
          "The callback is not signed with the system's secret, or the signature is too old.");
    }
    TaskRow task = found.get();
    // The task names its system; the audit entry needs no more than the task.
    AuditActor system = TaskCreation.SYSTEM;
    String code = status.toLowerCase(Locale.ROOT).replace('-', '_');
    if (task.closed()) {
      return task;
    }
    switch (code) {
      case "completed" -> done(task, now, "system:" + task.systemId(), null, system, false);
      case "denied", "cancelled" -> {
        rows.state(id, "refused", now, "system:" + task.systemId(), brief(reason));
        audit.record(
            system
                .did(
                    DsrTaskAuditAction.DSR_TASK_REPORTED, "dsr-task", id.toString(), Outcome.DENIED)
                .because(StepLabel.reason(code)));
      }
      case "open", "in_progress" ->
          audit.record(
              system
                  .did(
                      DsrTaskAuditAction.DSR_TASK_REPORTED,
                      "dsr-task",
                      id.toString(),
                      Outcome.SUCCESS)
                  .because(StepLabel.reason(code)));
      default ->
          throw new ApiProblem(
              no.vern.shared.problem.CommonProblem.VALIDATION_FAILED,
              "status is one of open, in_progress, completed, denied, cancelled.");
    }
    return rows.find(id).orElseThrow();
  }

  /**
   * A case handler's step on a task or notice of {@code request}; {@code null}: one that has no
   * request (a sweep's), so a task is only ever reached through the request it belongs to.
   */
  @Transactional
  TaskRow byHand(
      @Nullable UUID request, UUID id, String action, @Nullable String note, AuditActor actor) {
    TaskRow task =
        rows.lock(id)
            .filter(t -> java.util.Objects.equals(request, t.requestId()))
            .orElseThrow(
                () -> new ApiProblem(DsrTaskProblem.TASK_NOT_FOUND, "No task " + id + "."));
    Instant now = clock.instant();
    String by = StepLabel.of(actor);
    boolean notice = task.kind().equals(TaskRow.NOTICE);
    switch (action) {
      case "done" -> {
        require(!notice && !task.closed(), task);
        if (task.channel().equals("webhook") && brief(note) == null) {
          throw reasonMissing("Say how the system's owner confirmed that the task was done.");
        }
        done(task, now, by, brief(note), actor, true);
      }
      case "retry" -> {
        require(!notice && task.state().equals("open") && task.channel().equals("webhook"), task);
        rows.retryNow(id, now);
      }
      case "sent" -> {
        require(notice && task.state().equals("open"), task);
        rows.state(id, "sent", now, by, brief(note));
        record(actor, DsrTaskAuditAction.DSR_NOTICE_SENT_BY_HAND, id);
      }
      case "acknowledged" -> {
        require(notice && !task.closed(), task);
        rows.state(id, "acknowledged", now, by, brief(note));
        record(actor, DsrTaskAuditAction.DSR_NOTICE_ACKNOWLEDGED, id);
      }
      case "impossible" -> {
        require(notice && !task.closed(), task);
        String reason = brief(note);
        if (reason == null) {
          throw reasonMissing("Say why telling this recipient is impossible or disproportionate.");
        }
        rows.state(id, "impossible", now, by, reason);
        record(actor, DsrTaskAuditAction.DSR_NOTICE_IMPOSSIBLE, id);
      }
      default -> throw new ApiProblem(DsrTaskProblem.TASK_NOT_FOUND, "No such step: " + action);
    }
    return rows.find(id).orElseThrow();
  }

  private void done(
      TaskRow task, Instant now, String by, @Nullable String note, AuditActor actor, boolean hand) {
    rows.state(task.id(), "done", now, by, note);
    record(
        actor,
        hand ? DsrTaskAuditAction.DSR_TASK_CLOSED_BY_HAND : DsrTaskAuditAction.DSR_TASK_COMPLETED,
        task.id());
    for (UUID notice : rows.noticesVia(task.id())) {
      rows.state(notice, "acknowledged", now, by, null);
      record(actor, DsrTaskAuditAction.DSR_NOTICE_ACKNOWLEDGED, notice);
    }
  }

  private void record(AuditActor actor, DsrTaskAuditAction action, UUID id) {
    audit.record(actor.did(action, "dsr-task", id.toString(), Outcome.SUCCESS));
  }

  private static void require(boolean allowed, TaskRow task) {
    if (!allowed) {
      throw new ApiProblem(
          DsrTaskProblem.TASK_STATE_CONFLICT,
          "Not possible for a " + task.kind() + " that is " + task.state() + ".");
    }
  }

  private static ApiProblem reasonMissing(String message) {
    return new ApiProblem(
        no.vern.shared.problem.CommonProblem.VALIDATION_FAILED,
        "The step needs a note.",
        java.util.List.of(new no.vern.shared.problem.FieldError("note", "required", message)));
  }

  // A note is the case handler's or the system's words about the task: short, and shown as typed.
  private static @Nullable String brief(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    return stripped.length() > 500 ? stripped.substring(0, 500) : stripped;
  }
}
