package no.vern.consent.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.consent.ConsentAuditAction;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.Decision;
import no.vern.consent.RestrictionGround;
import no.vern.shared.db.ReplicaReads;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.Identifier;
import no.vern.subject.IdentifierInput;
import no.vern.subject.SubjectId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enforcement point for other systems (issue 5, item 2). Prefer the batch POST: identifiers in
 * a query string end up in the access logs of proxies and load balancers (Vern itself masks them,
 * see {@link DecisionQueryMasking}). Every decision about a known person is on the audit trail by
 * subject id.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','INTEGRATOR','DPO','MARKETING')")
class DecisionsApiController {

  static final int MAX_BATCH = 1000;

  record Question(String identifier, String purpose, String ground) {
    @Override
    public String toString() {
      return "Question[purpose=" + purpose + ", ground=" + ground + ", identifier=***]";
    }
  }

  /** {@code ground} echoes the Art. 18(2) ground stated when it let a restriction through. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(
      String decision,
      String reason,
      Instant since,
      String legalBasis,
      String limitedBy,
      String ground) {
    static Answer of(Decision d, RestrictionGround ground) {
      boolean through = ground != null && d.limitedBy() == Decision.Reason.RESTRICTED;
      return new Answer(
          d.outcome().code(),
          d.reason().code(),
          d.since(),
          d.legalBasis(),
          d.limitedBy() == null ? null : d.limitedBy().code(),
          through ? ground.code() : null);
    }
  }

  private final DecisionService decisions;
  private final AuditTrail audit;

  DecisionsApiController(DecisionService decisions, AuditTrail audit) {
    this.decisions = decisions;
    this.audit = audit;
  }

  @GetMapping("/api/v1/decisions")
  Answer decide(
      @RequestParam(required = false) String identifier,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String ground,
      Authentication caller) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Identifier> parsed = IdentifierInput.typed(identifier, "identifier", errors);
    checkPurpose(purpose, "purpose", errors);
    RestrictionGround stated = ground(ground, "ground", errors);
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    // A decision may be up to VERN_DB_READ_MAX_LAG old when a read replica is configured.
    DecisionService.Answer answer =
        ReplicaReads.mayLag(() -> decisions.answer(parsed.get(), purpose, stated));
    AuditActor who = AuditActor.of(caller.getName());
    answer.subject().ifPresent(s -> audited(who, s));
    return Answer.of(answer.decision(), stated);
  }

  @PostMapping("/api/v1/decisions")
  List<Answer> decideAll(@RequestBody List<Question> body, Authentication caller) {
    List<FieldError> errors = new ArrayList<>();
    if (body.size() > MAX_BATCH) {
      throw invalid(List.of(new FieldError("", "size", "At most " + MAX_BATCH + " questions.")));
    }
    List<ConsentDecisions.Question> questions = new ArrayList<>();
    List<RestrictionGround> grounds = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Question q = body.get(i) == null ? new Question(null, null, null) : body.get(i);
      Optional<Identifier> parsed =
          IdentifierInput.typed(q.identifier(), "[" + i + "].identifier", errors);
      checkPurpose(q.purpose(), "[" + i + "].purpose", errors);
      grounds.add(ground(q.ground(), "[" + i + "].ground", errors));
      parsed.ifPresent(id -> questions.add(new ConsentDecisions.Question(id, q.purpose())));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    List<DecisionService.Answer> answers =
        ReplicaReads.mayLag(() -> decisions.answerAll(questions, grounds));
    AuditActor who = AuditActor.of(caller.getName());
    Set<SubjectId> seen = new HashSet<>();
    // One entry per person read, awaited together: one commit of the chain for the whole batch.
    audit.recordAll(
        answers.stream()
            .map(DecisionService.Answer::subject)
            .flatMap(Optional::stream)
            .filter(seen::add)
            .map(s -> read(who, s))
            .toList());
    List<Answer> out = new ArrayList<>(answers.size());
    for (int i = 0; i < answers.size(); i++) {
      out.add(Answer.of(answers.get(i).decision(), grounds.get(i)));
    }
    return out;
  }

  /** An Art. 18(2) ground, or null when none is stated; an unknown code is a field error. */
  private static RestrictionGround ground(String code, String field, List<FieldError> errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    Optional<RestrictionGround> ground = RestrictionGround.of(code);
    if (ground.isEmpty()) {
      errors.add(
          new FieldError(
              field,
              "unknown",
              "An Art. 18(2) ground: legal-claims, protection-of-others or public-interest."));
    }
    return ground.orElse(null);
  }

  private void checkPurpose(String purpose, String field, List<FieldError> errors) {
    if (purpose == null || purpose.isBlank()) {
      errors.add(new FieldError(field, "required", "Name a consent purpose or an activity."));
    } else if (!decisions.knows(purpose)) {
      errors.add(
          new FieldError(
              field,
              "unknown",
              "Not a consent purpose or processing activity of the active inventory."));
    }
  }

  /**
   * A read of consent state, so on the trail before the answer (the group commit keeps it cheap).
   */
  private void audited(AuditActor who, SubjectId subject) {
    audit.record(read(who, subject));
  }

  private static AuditRecord read(AuditActor who, SubjectId subject) {
    return who.did(
        ConsentAuditAction.CONSENT_DECISION_READ, "subject", subject.toString(), Outcome.SUCCESS);
  }

  private static ApiProblem invalid(List<FieldError> errors) {
    return new ApiProblem(
        CommonProblem.VALIDATION_FAILED,
        "The question has invalid fields; nothing was decided.",
        errors);
  }
}
