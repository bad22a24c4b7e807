package no.vern.consent.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.consent.ConsentAuditAction;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.Decision;
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

  record Question(String identifier, String purpose) {
    @Override
    public String toString() {
      return "Question[purpose=" + purpose + ", identifier=***]";
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(
      String decision, String reason, Instant since, String legalBasis, String limitedBy) {
    static Answer of(Decision d) {
      return new Answer(
          d.outcome().code(),
          d.reason().code(),
          d.since(),
          d.legalBasis(),
          d.limitedBy() == null ? null : d.limitedBy().code());
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
      Authentication caller) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Identifier> parsed = IdentifierInput.typed(identifier, "identifier", errors);
    checkPurpose(purpose, "purpose", errors);
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    DecisionService.Answer answer = decisions.answer(parsed.get(), purpose);
    AuditActor who = AuditActor.of(caller.getName());
    answer.subject().ifPresent(s -> audited(who, s));
    return Answer.of(answer.decision());
  }

  @PostMapping("/api/v1/decisions")
  List<Answer> decideAll(@RequestBody List<Question> body, Authentication caller) {
    List<FieldError> errors = new ArrayList<>();
    if (body.size() > MAX_BATCH) {
      throw invalid(List.of(new FieldError("", "size", "At most " + MAX_BATCH + " questions.")));
    }
    List<ConsentDecisions.Question> questions = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Question q = body.get(i) == null ? new Question(null, null) : body.get(i);
      Optional<Identifier> parsed =
          IdentifierInput.typed(q.identifier(), "[" + i + "].identifier", errors);
      checkPurpose(q.purpose(), "[" + i + "].purpose", errors);
      parsed.ifPresent(id -> questions.add(new ConsentDecisions.Question(id, q.purpose())));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    List<DecisionService.Answer> answers = decisions.answerAll(questions);
    AuditActor who = AuditActor.of(caller.getName());
    Set<SubjectId> seen = new HashSet<>();
    answers.forEach(a -> a.subject().filter(seen::add).ifPresent(s -> audited(who, s)));
    return answers.stream().map(a -> Answer.of(a.decision())).toList();
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
    audit.record(
        who.did(
            ConsentAuditAction.CONSENT_DECISION_READ,
            "subject",
            subject.toString(),
            Outcome.SUCCESS));
  }

  private static ApiProblem invalid(List<FieldError> errors) {
    return new ApiProblem(
        CommonProblem.VALIDATION_FAILED,
        "The question has invalid fields; nothing was decided.",
        errors);
  }
}
