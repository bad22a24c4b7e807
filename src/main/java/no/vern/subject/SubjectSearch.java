package no.vern.subject;

import java.util.List;
import java.util.Optional;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.shared.identifier.IdentifierRecognition;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.identifier.Parsed;
import no.vern.shared.identifier.Reason;
import org.springframework.stereotype.Component;

/**
 * The admin search: one identifier, normalised by its type's rules, looked up by blind index. The
 * value is never logged or audited; the trail learns who searched and which subject was found.
 */
@Component
class SubjectSearch {

  sealed interface Result {}

  record Found(SubjectId subject) implements Result {}

  /** Nobody (in the searcher's scope) holds it; {@code searchedAs} are the types looked up. */
  record NoMatch(List<IdentifierType> searchedAs) implements Result {
    NoMatch() {
      this(List.of());
    }
  }

  /** The value is not a valid identifier of the type; the reasons never hold the value. */
  record Invalid(IdentifierType type, List<Reason> reasons) implements Result {}

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;
  private final AuditTrail audit;

  SubjectSearch(SubjectRegistry registry, PersonalDataRecords records, AuditTrail audit) {
    this.registry = registry;
    this.records = records;
    this.audit = audit;
  }

  /**
   * One field, no type (issue 16): the value is tried as each type it can be ({@link
   * IdentifierRecognition}), most likely first, and the first person found is the answer. One
   * search is one audit entry, as with a chosen type. Invalid as every candidate: the first
   * candidate's reasons.
   */
  Result search(String value, String actor) {
    List<IdentifierType> candidates = IdentifierRecognition.candidates(value);
    List<IdentifierType> valid =
        candidates.stream().filter(type -> type.normalise(value).isValid()).toList();
    if (valid.isEmpty()) {
      IdentifierType first = candidates.get(0);
      return new Invalid(first, first.normalise(value).reasons());
    }
    Optional<SubjectId> found = Optional.empty();
    for (IdentifierType type : valid) {
      found = registry.find(new Identifier(type, value));
      if (found.isPresent()) {
        break;
      }
    }
    Result result = answer(found, actor);
    return result instanceof NoMatch ? new NoMatch(valid) : result;
  }

  Result search(IdentifierType type, String value, String actor) {
    Parsed<String> parsed = type.normalise(value);
    if (!parsed.isValid()) {
      return new Invalid(type, parsed.reasons());
    }
    Result result = answer(registry.find(new Identifier(type, value)), actor);
    return result instanceof NoMatch ? new NoMatch(List.of(type)) : result;
  }

  private Result answer(Optional<SubjectId> found, String actor) {
    AuditActor who = AuditActor.of(actor);
    if (found.isPresent() && !records.visibleTo(found.get(), actor)) {
      // Outside the searcher's scope (issue 18): the page says "no match", the trail SCOPE_REFUSED.
      return new NoMatch();
    }
    if (found.isEmpty()) {
      audit.recordDurably(
          who.did(SubjectAuditAction.SUBJECT_SEARCHED, "subject", "", Outcome.FAILURE));
      return new NoMatch();
    }
    audit.recordDurably(
        who.did(
            SubjectAuditAction.SUBJECT_SEARCHED,
            "subject",
            found.get().toString(),
            Outcome.SUCCESS));
    return new Found(found.get());
  }
}
