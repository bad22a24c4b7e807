package no.vern.dsr.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.RequestChanged;
import no.vern.dsr.RequestId;
import no.vern.dsr.domain.RequestState;
import no.vern.dsr.domain.Step;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What {@code dsr.change} (rectification, erasure, restriction, objection) needs of a request: the
 * request locked, a line on its timeline with its event, and a mail to the person. Changes do not
 * move the request; the case handler answers it with the usual step. The caller audits the change
 * itself, by subject, so this records no audit entry.
 */
@Component
public class ChangeRequests {

  /** The request as a change sees it: whom it is about, what it asks, in which language. */
  public record Target(
      UUID id,
      String reference,
      @Nullable SubjectId subject,
      RequestState state,
      List<String> rights,
      String language) {}

  private final StepRecorder steps;
  private final Timeline timeline;
  private final RequestMails mails;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ChangeRequests(
      StepRecorder steps,
      Timeline timeline,
      RequestMails mails,
      ApplicationEventPublisher events,
      Clock clock) {
    this.steps = steps;
    this.timeline = timeline;
    this.mails = mails;
    this.events = events;
    this.clock = clock;
  }

  /** The request, locked in the caller's transaction; a problem for an unknown id. */
  public Target locked(UUID id) {
    RequestRow row = steps.locked(id);
    return new Target(
        row.id(),
        row.reference(),
        row.subjectId() == null ? null : new SubjectId(row.subjectId()),
        row.state(),
        row.rights(),
        row.language());
  }

  /** One timeline line and a {@link RequestChanged} event, in the caller's transaction. */
  public void note(
      UUID id, Step step, AuditActor actor, RequestState state, @Nullable String note) {
    Instant now = clock.instant();
    timeline.add(id, now, step, StepRecorder.label(actor), state, note);
    events.publishEvent(new RequestChanged(new RequestId(id), step.code(), state.code(), now));
  }

  /** Queues {@code dsr.<name>} to the request's address; false when it has none. */
  public boolean mail(UUID id, String name, Map<String, ?> variables) {
    return mails.send(steps.locked(id), name, variables);
  }
}
