package no.vern.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.retention.Holds.Hold;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.time.Deadlines;
import no.vern.subject.ErasureVeto;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Placing, listing and lifting holds, audited by id; and the veto on erasures. */
@Service
class JdbcLegalHolds implements LegalHolds, ErasureVeto {

  /** What a caller asks to hold: exactly one of the four targets. */
  record Request(
      @Nullable UUID subject,
      @Nullable UUID record,
      @Nullable String activity,
      @Nullable String caseReference,
      @Nullable String reason,
      @Nullable LocalDate reviewAt) {}

  private final Holds holds;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate apart;

  JdbcLegalHolds(
      Holds holds, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
    this.holds = holds;
    this.audit = audit;
    this.clock = clock;
    this.apart = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public List<UUID> covering(SubjectId subject, Collection<String> activities) {
    return holds.covering(subject.value(), activities);
  }

  @Override
  public void checkErasable(SubjectId subject, Collection<String> activities, String actor) {
    refuseIfHeld(subject, activities, AuditActor.of(actor));
  }

  /** The subject module's veto: the same check, in the name of whoever is erasing. */
  @Override
  public void check(SubjectId subject, Collection<String> activities) {
    AuditActor who = AuditActor.current();
    refuseIfHeld(
        subject,
        activities,
        who.type() == AuditRecord.ActorType.ANONYMOUS ? AuditActor.system("retention") : who);
  }

  private void refuseIfHeld(SubjectId subject, Collection<String> activities, AuditActor who) {
    List<UUID> found = covering(subject, activities);
    if (found.isEmpty()) {
      return;
    }
    // In a transaction of its own: the refused erasure rolls back, the refusal must stay on record.
    apart.executeWithoutResult(
        s ->
            audit.recordDurably(
                who.did(
                        RetentionAuditAction.ERASURE_HELD,
                        "subject",
                        subject.value().toString(),
                        Outcome.DENIED)
                    .because("HELD")));
    throw new ApiProblem(
        RetentionProblem.LEGAL_HOLD,
        "Legal hold "
            + found.get(0)
            + (found.size() > 1 ? " and others" : "")
            + " keeps this data.");
  }

  @Transactional
  Hold place(Request r, String owner) {
    List<FieldError> errors = new ArrayList<>();
    int targets =
        (r.subject() == null ? 0 : 1)
            + (r.record() == null ? 0 : 1)
            + (blank(r.activity()) ? 0 : 1)
            + (blank(r.caseReference()) ? 0 : 1);
    if (targets != 1) {
      errors.add(
          new FieldError(
              "subject",
              "one-of",
              "Name exactly one of subject, record, activity, caseReference."));
    }
    if (blank(r.reason()) || r.reason().length() > 500) {
      errors.add(new FieldError("reason", "required", "Say why, in 1 to 500 characters."));
    }
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    if (r.reviewAt() == null || !r.reviewAt().isAfter(today)) {
      errors.add(new FieldError("reviewAt", "future", "Give a review day after today."));
    }
    if (!blank(r.caseReference()) && r.caseReference().length() > 100) {
      errors.add(new FieldError("caseReference", "size", "At most 100 characters."));
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(CommonProblem.VALIDATION_FAILED, "The hold has invalid values.", errors);
    }
    Hold hold =
        new Hold(
            UUID.randomUUID(),
            r.subject(),
            r.record(),
            blank(r.activity()) ? null : r.activity(),
            blank(r.caseReference()) ? null : r.caseReference(),
            r.reason(),
            owner,
            clock.instant(),
            r.reviewAt(),
            null,
            null,
            null);
    holds.insert(hold);
    audit.recordDurably(
        AuditActor.of(owner)
            .did(RetentionAuditAction.HOLD_PLACED, "hold", hold.id().toString(), Outcome.SUCCESS));
    return hold;
  }

  @Transactional
  void lift(UUID id, @Nullable String reason, String actor) {
    if (blank(reason) || reason.length() > 500) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "Say why the hold is lifted.",
          List.of(new FieldError("reason", "required", "Say why, in 1 to 500 characters.")));
    }
    if (!holds.lift(id, clock.instant(), actor, reason)) {
      throw new ApiProblem(CommonProblem.NOT_FOUND, "No hold in force has this id.");
    }
    audit.recordDurably(
        AuditActor.of(actor)
            .did(RetentionAuditAction.HOLD_LIFTED, "hold", id.toString(), Outcome.SUCCESS));
  }

  List<Hold> list() {
    return holds.list(500);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
