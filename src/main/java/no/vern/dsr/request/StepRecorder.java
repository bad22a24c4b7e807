package no.vern.dsr.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrAuditAction;
import no.vern.dsr.DsrProblem;
import no.vern.dsr.RequestChanged;
import no.vern.dsr.domain.RequestState;
import no.vern.dsr.domain.Step;
import no.vern.dsr.domain.Transitions;
import no.vern.shared.problem.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place a request moves: the state (checked against {@link Transitions}), the timeline
 * line, the audit entry and the event, all in the caller's transaction, so every step is recorded
 * exactly when it happened.
 */
@Component
class StepRecorder {

  private static final Map<Step, DsrAuditAction> AUDIT =
      Map.ofEntries(
          Map.entry(Step.RECEIVED, DsrAuditAction.DSR_RECEIVED),
          Map.entry(Step.CODE_SENT, DsrAuditAction.DSR_CODE_SENT),
          Map.entry(Step.VERIFIED, DsrAuditAction.DSR_VERIFIED),
          Map.entry(Step.VERIFICATION_FAILED, DsrAuditAction.DSR_VERIFICATION_FAILED),
          Map.entry(Step.ASSIGNED, DsrAuditAction.DSR_ASSIGNED),
          Map.entry(Step.STARTED, DsrAuditAction.DSR_STARTED),
          Map.entry(Step.EXTENDED, DsrAuditAction.DSR_EXTENDED),
          Map.entry(Step.FULFILLED, DsrAuditAction.DSR_FULFILLED),
          Map.entry(Step.DENIED, DsrAuditAction.DSR_DENIED),
          Map.entry(Step.WITHDRAWN, DsrAuditAction.DSR_WITHDRAWN),
          Map.entry(Step.EXPIRED, DsrAuditAction.DSR_EXPIRED),
          Map.entry(Step.REMINDED, DsrAuditAction.DSR_REMINDED));

  private final RequestRows rows;
  private final Timeline timeline;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StepRecorder(
      RequestRows rows,
      Timeline timeline,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.timeline = timeline;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The row, locked; a problem for an unknown id. */
  RequestRow locked(UUID id) {
    return rows.lock(id)
        .orElseThrow(() -> new ApiProblem(DsrProblem.REQUEST_NOT_FOUND, "No request " + id + "."));
  }

  /** Moves the request by {@code step}, or refuses with a problem naming both states. */
  RequestState move(RequestRow row, Step step, AuditActor actor, @Nullable String note) {
    RequestState next =
        Transitions.after(row.state(), step)
            .orElseThrow(
                () ->
                    new ApiProblem(
                        DsrProblem.REQUEST_STATE_CONFLICT,
                        "A request that is "
                            + row.state().code()
                            + " cannot be "
                            + step.code()
                            + "."));
    Instant now = clock.instant();
    rows.move(row.id(), next, now);
    record(row.id(), step, actor, next, note, now);
    return next;
  }

  /** A step that does not change the state (received, assigned, reminded, a failed code). */
  void record(UUID id, Step step, AuditActor actor, RequestState state, @Nullable String note) {
    record(id, step, actor, state, note, clock.instant());
  }

  private void record(
      UUID id,
      Step step,
      AuditActor actor,
      RequestState state,
      @Nullable String note,
      Instant now) {
    timeline.add(id, now, step, label(actor), state, note);
    Outcome outcome = step == Step.VERIFICATION_FAILED ? Outcome.DENIED : Outcome.SUCCESS;
    audit.record(actor.did(AUDIT.get(step), "dsr-request", id.toString(), outcome));
    events.publishEvent(
        new RequestChanged(new no.vern.dsr.RequestId(id), step.code(), state.code(), now));
  }

  static String label(AuditActor actor) {
    return actor.id().isEmpty()
        ? actor.type().name().toLowerCase(java.util.Locale.ROOT)
        : actor.type().name().toLowerCase(java.util.Locale.ROOT) + ":" + actor.id();
  }
}
