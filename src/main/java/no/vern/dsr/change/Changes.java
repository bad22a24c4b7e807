package no.vern.dsr.change;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrChangeAuditAction;
import no.vern.dsr.DsrChangeProblem;
import no.vern.dsr.DsrProblem;
import no.vern.dsr.RequestId;
import no.vern.dsr.SubjectDataChanged;
import no.vern.dsr.domain.RequestState;
import no.vern.dsr.domain.Right;
import no.vern.dsr.domain.Step;
import no.vern.dsr.request.ChangeRequests;
import no.vern.dsr.request.ChangeRequests.Target;
import no.vern.inventory.Activity;
import no.vern.inventory.ProcessingInventory;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.ActivityRestrictions;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every change shares: the request it comes from (verified, not yet answered, asking for the
 * right, about a person Vern knows), the inventory's activities, and the record of it (timeline
 * line, {@code dsr_change} row, audit entry by subject, {@link SubjectDataChanged}).
 */
@Component
class Changes {

  private static final Set<RequestState> WORKING =
      EnumSet.of(RequestState.OPEN, RequestState.IN_PROGRESS, RequestState.EXTENDED);

  private final ChangeRequests requests;
  private final ActivityRestrictions restrictions;
  private final ChangeLog log;
  private final ProcessingInventory inventory;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Changes(
      ChangeRequests requests,
      ActivityRestrictions restrictions,
      ChangeLog log,
      ProcessingInventory inventory,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.requests = requests;
    this.restrictions = restrictions;
    this.log = log;
    this.inventory = inventory;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The request, locked, when it may carry out {@code right} now; a problem saying why not. */
  Target working(UUID id, Right right) {
    Target t = requests.locked(id);
    if (!WORKING.contains(t.state())) {
      throw new ApiProblem(
          DsrProblem.REQUEST_STATE_CONFLICT,
          "A request that is " + t.state().code() + " cannot change the person's data.");
    }
    if (!t.rights().contains(right.code()) || t.subject() == null) {
      throw new ApiProblem(
          DsrChangeProblem.RIGHT_NOT_REQUESTED,
          t.subject() == null
              ? "The request is not linked to a person Vern knows."
              : "The request does not ask for " + right.code() + ".");
    }
    return t;
  }

  SubjectId subject(Target t) {
    return java.util.Objects.requireNonNull(t.subject());
  }

  /** An activity of the active inventory, or a 400 naming {@code field}. */
  Activity activity(@Nullable String id, String field) {
    return find(id)
        .orElseThrow(
            () ->
                new ApiProblem(
                    CommonProblem.VALIDATION_FAILED,
                    "Not an activity of the inventory in force.",
                    List.of(new FieldError(field, "unknown", "Name an activity id."))));
  }

  Optional<Activity> find(@Nullable String id) {
    return id == null
        ? Optional.empty()
        : inventory.active().stream()
            .flatMap(v -> v.inventory().activities().stream())
            .filter(a -> a.id().equals(id))
            .findFirst();
  }

  List<Activity> activities() {
    return inventory.active().map(v -> v.inventory().activities()).orElse(List.of());
  }

  /** Whether the subject's activity is restricted now. */
  boolean restricted(SubjectId subject, String activity) {
    return restrictions.among(List.of(subject), List.of(activity)).stream()
        .anyMatch(ActivityRestrictions.Flags::restricted);
  }

  /** The timeline line of a request's change. */
  void note(Target t, Step step, AuditActor actor, @Nullable String note) {
    requests.note(t.id(), step, actor, t.state(), note);
  }

  void log(ChangeLog.Change change) {
    log.add(change);
  }

  /** One audit entry by subject; {@code detail} (codes, field names) follows the id. */
  void audit(AuditActor actor, DsrChangeAuditAction action, SubjectId subject, String detail) {
    audit.record(
        actor.did(
            action,
            "subject",
            detail.isEmpty() ? subject.toString() : subject + ":" + detail,
            Outcome.SUCCESS));
  }

  /** For Art. 19 and connected systems, after commit. */
  void publish(
      @Nullable UUID request,
      SubjectId subject,
      String change,
      List<String> activities,
      List<String> fields) {
    events.publishEvent(
        new SubjectDataChanged(
            request == null ? null : new RequestId(request),
            subject,
            change,
            activities,
            fields,
            clock.instant()));
  }

  boolean mail(Target t, String name, java.util.Map<String, ?> variables) {
    return requests.mail(t.id(), name, variables);
  }

  java.time.Instant now() {
    return clock.instant();
  }

  /** The principal name other modules take an actor as ({@code user:<uuid>}, ...). */
  static String principal(AuditActor actor) {
    return switch (actor.type()) {
      case USER -> no.vern.shared.PrincipalNames.user(UUID.fromString(actor.id()));
      case API_TOKEN -> no.vern.shared.PrincipalNames.token(UUID.fromString(actor.id()));
      case SYSTEM -> no.vern.shared.PrincipalNames.system(actor.id());
      default -> "anonymous";
    };
  }

  static String label(AuditActor actor) {
    return actor.id().isEmpty()
        ? actor.type().name().toLowerCase(java.util.Locale.ROOT)
        : actor.type().name().toLowerCase(java.util.Locale.ROOT) + ":" + actor.id();
  }
}
