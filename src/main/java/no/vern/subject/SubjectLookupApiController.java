package no.vern.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.shared.db.ReplicaReads;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which subject holds an identifier, for integrators and case handlers (docs/subjects.md). The
 * value comes in the body, never in the address, so it stays out of access logs; the answer is the
 * subject's id only. Every look-up is on the audit trail by subject id, a miss too.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER','INTEGRATOR')")
class SubjectLookupApiController {

  record LookupRequest(String type, String value) {
    @Override
    public String toString() {
      return "LookupRequest[type=" + type + ", value=***]";
    }
  }

  record Found(UUID subject) {}

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;
  private final AuditTrail audit;

  SubjectLookupApiController(
      SubjectRegistry registry, PersonalDataRecords records, AuditTrail audit) {
    this.registry = registry;
    this.records = records;
    this.audit = audit;
  }

  @PostMapping("/api/v1/subjects/lookup")
  Found lookup(@RequestBody LookupRequest body, Authentication caller) {
    Identifier identifier = identifier(body);
    Optional<SubjectId> held = ReplicaReads.mayLag(() -> registry.find(identifier));
    if (held.isPresent() && !records.visibleTo(held.get(), caller.getName())) {
      // Outside the caller's scope (issue 18): the same answer as for an unknown person, and the
      // attempt is on the trail as SCOPE_REFUSED by subject id.
      throw unknown();
    }
    Optional<SubjectId> found = held;
    // On the trail before the answer: it tells whether a person is known, which is personal data.
    audit.record(
        AuditActor.of(caller.getName())
            .did(
                SubjectAuditAction.SUBJECT_LOOKED_UP,
                "subject",
                found.map(SubjectId::toString).orElse(""),
                found.isPresent() ? AuditRecord.Outcome.SUCCESS : AuditRecord.Outcome.FAILURE));
    return found
        .map(subject -> new Found(subject.value()))
        .orElseThrow(SubjectLookupApiController::unknown);
  }

  private static ApiProblem unknown() {
    return new ApiProblem(CommonProblem.NOT_FOUND, "No data subject holds this identifier.");
  }

  private static Identifier identifier(LookupRequest body) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Identifier> identifier =
        IdentifierInput.of(body.type(), body.value(), "type", "value", errors);
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "The look-up is not usable; nothing was searched.",
          errors);
    }
    return identifier.orElseThrow();
  }
}
