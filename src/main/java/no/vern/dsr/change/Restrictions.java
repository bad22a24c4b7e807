package no.vern.dsr.change;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.DsrChangeAuditAction;
import no.vern.dsr.domain.Right;
import no.vern.dsr.domain.Step;
import no.vern.dsr.request.ChangeRequests.Target;
import no.vern.inventory.Activity;
import no.vern.subject.ActivityFlagChanges;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restriction (Art. 18) per activity. The data stays stored; consent decisions deny every other use
 * unless an Art. 18(2) ground is stated. Lifting first tells the person (18(3)): the mail is queued
 * and its line is on the timeline before the flag is cleared, in one transaction, so the flag is
 * never cleared without the mail going out.
 */
@Service
class Restrictions {

  private final Changes changes;
  private final ActivityFlagChanges flags;

  Restrictions(Changes changes, ActivityFlagChanges flags) {
    this.changes = changes;
    this.flags = flags;
  }

  /** Sets ({@code restricted}) or lifts the restriction; false when it was already so. */
  @Transactional
  boolean set(UUID id, @Nullable String activityId, boolean restricted, AuditActor actor) {
    Target t = changes.working(id, Right.RESTRICTION);
    Activity activity = changes.activity(activityId, "activity");
    SubjectId subject = changes.subject(t);
    if (restricted) {
      if (!flags.restrict(subject, activity.id(), true)) {
        return false;
      }
      record(t, subject, activity, "restricted", Step.RESTRICTED, actor);
      changes.audit(actor, DsrChangeAuditAction.DSR_RESTRICTED, subject, activity.id());
      changes.publish(id, subject, "restricted", List.of(activity.id()), List.of());
      return true;
    }
    if (!restrictedNow(subject, activity.id())) {
      return false;
    }
    boolean mailed =
        changes.mail(
            t, "restriction-lifting", Map.of("activity", activity.name().in(t.language())));
    // Without an address the case handler must tell the person another way; the line says so.
    changes.note(
        t, Step.RESTRICTION_LIFT_TOLD, actor, activity.id() + (mailed ? "" : ":no-address"));
    changes.audit(actor, DsrChangeAuditAction.DSR_RESTRICTION_LIFT_TOLD, subject, activity.id());
    flags.restrict(subject, activity.id(), false);
    record(t, subject, activity, "restriction-lifted", Step.RESTRICTION_LIFTED, actor);
    changes.audit(actor, DsrChangeAuditAction.DSR_RESTRICTION_LIFTED, subject, activity.id());
    changes.publish(id, subject, "restriction-lifted", List.of(activity.id()), List.of());
    return true;
  }

  /** Kept records of an erasure are restricted (Art. 17(3) with 18(1)(b)); no mail of its own. */
  void restrictKept(Target t, SubjectId subject, List<String> activities, AuditActor actor) {
    List<String> changed =
        activities.stream().filter(a -> flags.restrict(subject, a, true)).toList();
    for (String a : changed) {
      changes.audit(actor, DsrChangeAuditAction.DSR_RESTRICTED, subject, a);
    }
    if (!changed.isEmpty()) {
      changes.note(t, Step.RESTRICTED, actor, String.join(",", changed));
      changes.publish(t.id(), subject, "restricted", changed, List.of());
    }
  }

  private boolean restrictedNow(SubjectId subject, String activity) {
    return changes.restricted(subject, activity);
  }

  private void record(
      Target t, SubjectId subject, Activity activity, String outcome, Step step, AuditActor actor) {
    changes.note(t, step, actor, activity.id());
    changes.log(
        new ChangeLog.Change(
            t.id(),
            subject.value(),
            "restriction",
            activity.id(),
            null,
            outcome,
            null,
            null,
            null,
            false,
            null,
            List.of(),
            changes.now(),
            Changes.label(actor)));
  }
}
