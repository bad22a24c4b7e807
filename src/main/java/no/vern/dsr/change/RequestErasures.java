package no.vern.dsr.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.DsrChangeAuditAction;
import no.vern.dsr.domain.Right;
import no.vern.dsr.domain.Step;
import no.vern.dsr.request.ChangeRequests.Target;
import no.vern.retention.Erasures;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out an erasure request: the proposal per record, with the case handler's overrides (each
 * with a reason), erased through retention's code, what is kept restricted, every record's outcome
 * in {@code dsr_change}, and the person's answer mailed in the request's language.
 */
@Service
class RequestErasures {

  /** The case handler's word on one record; a record not named follows the proposal. */
  record Decision(@Nullable UUID record, @Nullable String decision, @Nullable String reason) {}

  /** What was done: the outcome per record and whether the person's identifiers went too. */
  record Outcome(
      List<Proposal> erased,
      List<Proposal> kept,
      boolean identifiersErased,
      ErasureAnswers.Answer answer) {}

  private final Changes changes;
  private final ErasureProposals proposals;
  private final Erasures erasures;
  private final Restrictions restrictions;
  private final ErasureAnswers answers;

  RequestErasures(
      Changes changes,
      ErasureProposals proposals,
      Erasures erasures,
      Restrictions restrictions,
      ErasureAnswers answers) {
    this.changes = changes;
    this.proposals = proposals;
    this.erasures = erasures;
    this.restrictions = restrictions;
    this.answers = answers;
  }

  /** The proposal, audited as a read about the person (ids and activities, no data). */
  @Transactional
  List<Proposal> propose(UUID id, AuditActor actor) {
    Target t = changes.working(id, Right.ERASURE);
    SubjectId subject = changes.subject(t);
    changes.audit(actor, DsrChangeAuditAction.DSR_ERASURE_PROPOSED, subject, "");
    return proposals.of(subject, t.language());
  }

  @Transactional
  Outcome carryOut(UUID id, List<Decision> decisions, AuditActor actor) {
    Target t = changes.working(id, Right.ERASURE);
    SubjectId subject = changes.subject(t);
    List<Proposal> all = proposals.of(subject, t.language());
    Map<UUID, Decision> chosen = chosen(decisions, all);
    List<Proposal> erase = new ArrayList<>();
    List<Proposal> keep = new ArrayList<>();
    Map<UUID, String> reasons = new HashMap<>();
    for (Proposal p : all) {
      Decision d = chosen.get(p.record());
      boolean keepIt = d == null ? p.keep() : Proposal.KEEP.equals(d.decision());
      if (d != null && keepIt != p.keep()) {
        reasons.put(p.record(), d.reason());
      }
      if (keepIt) {
        keep.add(
            p.keep()
                ? p
                : new Proposal(
                    p.record(),
                    p.activity(),
                    p.activityName(),
                    Proposal.KEEP,
                    "case-handler",
                    d.reason(),
                    p.holds(),
                    null,
                    null));
      } else {
        erase.add(p);
      }
    }
    boolean emptied =
        erasures.erase(
            subject,
            erase.stream().map(p -> new RecordId(p.record())).toList(),
            Changes.principal(actor));
    String who = Changes.label(actor);
    for (Proposal p : erase) {
      changes.log(change(t, subject, p, "erased", reasons.get(p.record()), who));
    }
    for (Proposal p : keep) {
      changes.log(change(t, subject, p, "kept", reasons.get(p.record()), who));
    }
    List<String> erasedActivities = activities(erase);
    List<String> keptActivities = activities(keep);
    changes.note(t, Step.ERASED, actor, "erased=" + erase.size() + ",kept=" + keep.size());
    changes.audit(
        actor,
        DsrChangeAuditAction.DSR_RECORDS_ERASED,
        subject,
        String.join(",", erasedActivities));
    if (!keep.isEmpty()) {
      changes.audit(
          actor, DsrChangeAuditAction.DSR_RECORDS_KEPT, subject, String.join(",", keptActivities));
      restrictions.restrictKept(t, subject, keptActivities, actor);
    }
    if (!erase.isEmpty()) {
      changes.publish(id, subject, "erased", erasedActivities, List.of());
    }
    answers.mail(t, erase, keep);
    return new Outcome(erase, keep, emptied, answers.answer(erase, keep, t.language()));
  }

  private static Map<UUID, Decision> chosen(List<Decision> decisions, List<Proposal> all) {
    Map<UUID, Decision> chosen = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      String at = "decisions[" + i + "]";
      UUID record = d == null ? null : d.record();
      if (record == null || all.stream().noneMatch(p -> p.record().equals(record))) {
        errors.add(new FieldError(at + ".record", "unknown", "Not a record of this person."));
        continue;
      }
      if (!Proposal.KEEP.equals(d.decision()) && !Proposal.ERASE.equals(d.decision())) {
        errors.add(new FieldError(at + ".decision", "unknown", "erase or keep."));
        continue;
      }
      boolean proposedKeep =
          all.stream().filter(p -> p.record().equals(record)).findFirst().orElseThrow().keep();
      boolean override = proposedKeep != Proposal.KEEP.equals(d.decision());
      if (override && (d.reason() == null || d.reason().isBlank())) {
        errors.add(
            new FieldError(at + ".reason", "required", "An override needs the reason for it."));
        continue;
      }
      chosen.put(record, d);
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "Some decisions are invalid; nothing was erased.",
          errors);
    }
    return chosen;
  }

  private static List<String> activities(List<Proposal> proposals) {
    return List.copyOf(
        proposals.stream()
            .map(Proposal::activity)
            .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
  }

  private ChangeLog.Change change(
      Target t,
      SubjectId subject,
      Proposal p,
      String outcome,
      @Nullable String reason,
      String who) {
    return new ChangeLog.Change(
        t.id(),
        subject.value(),
        "erasure",
        p.activity(),
        p.record(),
        outcome,
        "kept".equals(outcome) ? p.ground() : null,
        p.holds().isEmpty() || !"kept".equals(outcome) ? null : p.holds().get(0),
        "kept".equals(outcome) ? p.keptUntil() : null,
        reason != null,
        "kept".equals(outcome) && "legal-obligation".equals(p.ground()) ? p.reference() : reason,
        List.of(),
        changes.now(),
        who);
  }
}
