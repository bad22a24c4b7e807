package no.vern.subject;

import java.util.List;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
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

  record NoMatch() implements Result {}

  /** The value is not a valid identifier of the type; the reasons never hold the value. */
  record Invalid(List<Reason> reasons) implements Result {}

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;
  private final AuditTrail audit;

  SubjectSearch(SubjectRegistry registry, PersonalDataRecords records, AuditTrail audit) {
    this.registry = registry;
    this.records = records;
    this.audit = audit;
  }

  Result search(IdentifierType type, String value, String actor) {
    Parsed<String> parsed = type.normalise(value);
    if (!parsed.isValid()) {
      return new Invalid(parsed.reasons());
    }
    var found = registry.find(new Identifier(type, value));
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
