package no.vern.dsr.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.DsrChangeAuditAction;
import no.vern.dsr.DsrChangeProblem;
import no.vern.dsr.domain.Right;
import no.vern.dsr.domain.Step;
import no.vern.dsr.request.ChangeRequests.Target;
import no.vern.inventory.Activity;
import no.vern.inventory.LegalBasis;
import no.vern.shared.problem.ApiProblem;
import no.vern.subject.ActivityFlagChanges;
import no.vern.subject.Objection;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objection (Art. 21). Under 21(1), per activity on 6(1)(e) or (f), the case handler records the
 * balancing: upheld stops the activity's use of those bases in consent decisions; rejected leaves
 * it, and the compelling grounds are mailed to the person. Under 21(3) it is absolute: every
 * activity the inventory marks {@code directMarketing} is stopped at once, from a request or the
 * preference page, without weighing. Other activities are never touched.
 */
@Service
class Objections {

  private final Changes changes;
  private final ActivityFlagChanges flags;

  Objections(Changes changes, ActivityFlagChanges flags) {
    this.changes = changes;
    this.flags = flags;
  }

  /** Art. 21(1): the balancing outcome for one activity; rejected needs the compelling grounds. */
  @Transactional
  void decide(
      UUID id,
      @Nullable String activityId,
      boolean upheld,
      @Nullable String grounds,
      AuditActor actor) {
    Target t = changes.working(id, Right.OBJECTION);
    Activity activity = changes.activity(activityId, "activity");
    if (!activity.restsOn(LegalBasis.A6_1_E) && !activity.restsOn(LegalBasis.A6_1_F)) {
      throw new ApiProblem(
          DsrChangeProblem.OBJECTION_NOT_APPLICABLE,
          "Activity "
              + activity.id()
              + " rests on neither public task nor legitimate interests: an objection under Art."
              + " 21(1) does not reach it.");
    }
    if (!upheld && (grounds == null || grounds.isBlank())) {
      throw ChangesApiController.invalid(
          "grounds", "State the compelling legitimate grounds the person is told.");
    }
    SubjectId subject = changes.subject(t);
    Objection.State state = upheld ? Objection.State.UPHELD : Objection.State.REJECTED;
    flags.object(subject, activity.id(), new Objection(Objection.Ground.PROCESSING, state));
    String outcome = state.code();
    changes.note(t, Step.OBJECTION_DECIDED, actor, activity.id() + ":" + outcome);
    changes.log(
        change(
            t.id(), subject, "objection", activity.id(), outcome, upheld ? null : grounds, actor));
    changes.audit(
        actor,
        upheld
            ? DsrChangeAuditAction.DSR_OBJECTION_UPHELD
            : DsrChangeAuditAction.DSR_OBJECTION_REJECTED,
        subject,
        activity.id());
    changes.mail(
        t,
        "objection",
        Map.of(
            "activity",
            activity.name().in(t.language()),
            "outcome",
            outcome,
            "grounds",
            upheld ? "" : grounds));
  }

  /** Art. 21(3) from a request: in force at once for every direct-marketing activity. */
  @Transactional
  List<String> directMarketing(UUID id, AuditActor actor) {
    Target t = changes.working(id, Right.OBJECTION);
    SubjectId subject = changes.subject(t);
    List<String> stopped = stop(t.id(), subject, actor);
    changes.note(t, Step.OBJECTION_DECIDED, actor, "direct-marketing");
    changes.mail(
        t,
        "marketing-objection",
        Map.of(
            "activities",
            changes.activities().stream()
                .filter(Activity::forDirectMarketing)
                .map(a -> a.name().in(t.language()))
                .toList()));
    return stopped;
  }

  /** Art. 21(3) from the person's own button (the preference page): no request, no weighing. */
  @Transactional
  List<String> directMarketing(SubjectId subject, AuditActor actor) {
    return stop(null, subject, actor);
  }

  private List<String> stop(@Nullable UUID request, SubjectId subject, AuditActor actor) {
    List<String> all = new ArrayList<>();
    Objection objection = new Objection(Objection.Ground.DIRECT_MARKETING, Objection.State.UPHELD);
    for (Activity a : changes.activities()) {
      if (!a.forDirectMarketing()) {
        continue;
      }
      all.add(a.id());
      if (flags.object(subject, a.id(), objection)) {
        changes.log(change(request, subject, "marketing-objection", a.id(), "upheld", null, actor));
      }
    }
    changes.audit(
        actor, DsrChangeAuditAction.DSR_MARKETING_OBJECTION, subject, String.join(",", all));
    return all;
  }

  private ChangeLog.Change change(
      @Nullable UUID request,
      SubjectId subject,
      String kind,
      String activity,
      String outcome,
      @Nullable String reason,
      AuditActor actor) {
    return new ChangeLog.Change(
        request,
        subject.value(),
        kind,
        activity,
        null,
        outcome,
        null,
        null,
        null,
        false,
        reason,
        List.of(),
        changes.now(),
        Changes.label(actor));
  }
}
