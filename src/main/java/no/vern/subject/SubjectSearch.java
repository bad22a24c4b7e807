package no.vern.subject;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.shared.identifier.IdentifierRecognition;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.identifier.Parsed;
import no.vern.shared.identifier.Reason;
import no.vern.subject.domain.PersonName;
import org.springframework.stereotype.Component;

/**
 * The admin search: one identifier, normalised by its type's rules, looked up by blind index. The
 * value is never logged or audited; the trail learns who searched and which subject was found.
 */
@Component
class SubjectSearch {

  sealed interface Result {}

  record Found(SubjectId subject) implements Result {}

  /**
   * Nobody (in the searcher's scope) holds it; {@code searchedAs} are the types looked up, {@code
   * asName} whether it was looked up as a name too.
   */
  record NoMatch(List<IdentifierType> searchedAs, boolean asName) implements Result {
    NoMatch() {
      this(List.of(), false);
    }

    NoMatch(List<IdentifierType> searchedAs) {
      this(searchedAs, false);
    }
  }

  /** Several people in the searcher's scope have records under the name searched. */
  record Several(List<NameMatches.Match> people) implements Result {}

  /** The value is not a valid identifier of the type; the reasons never hold the value. */
  record Invalid(IdentifierType type, List<Reason> reasons) implements Result {}

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;
  private final AuditTrail audit;
  private final NameMatches names;
  private final SubjectKeys keys;

  SubjectSearch(
      SubjectRegistry registry,
      PersonalDataRecords records,
      AuditTrail audit,
      NameMatches names,
      SubjectKeys keys) {
    this.registry = registry;
    this.records = records;
    this.audit = audit;
    this.names = names;
    this.keys = keys;
  }

  /**
   * One field, no type (issue 16): the value is tried as each type it can be ({@link
   * IdentifierRecognition}), most likely first, and the first person found is the answer. One
   * search is one audit entry, as with a chosen type. A value that finds nobody as an identifier
   * and may be a name (letters, no digit, no {@code @}) is then looked up as an exact name ({@link
   * PersonName}). Invalid as every candidate and not a name: the first candidate's reasons.
   */
  Result search(String value, String actor) {
    List<IdentifierType> candidates = IdentifierRecognition.candidates(value);
    List<IdentifierType> valid =
        candidates.stream().filter(type -> type.normalise(value).isValid()).toList();
    boolean name = PersonName.looksLikeName(value);
    if (valid.isEmpty() && !name) {
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
    if (found.isEmpty() && name) {
      return byName(value, valid, actor);
    }
    Result result = answer(found, actor);
    return result instanceof NoMatch ? new NoMatch(valid) : result;
  }

  /**
   * The people in the searcher's scope with a record under this exact name: one is opened, several
   * are listed. Each person found is one audit entry (who searched, whom it showed), and a search
   * that shows nobody is one entry too; the name itself is never on the trail.
   */
  private Result byName(String value, List<IdentifierType> triedAs, String actor) {
    String normalised = PersonName.normalise(value).orElseThrow();
    List<NameMatches.Match> found = names.of(keys.cipher().nameIndex(normalised));
    // One scope query for the whole list; namesakes outside the scope are left out, as in a queue.
    Set<SubjectId> inScope =
        records.visibleAmong(found.stream().map(m -> new SubjectId(m.subject())).toList(), actor);
    List<NameMatches.Match> visible =
        found.stream().filter(m -> inScope.contains(new SubjectId(m.subject()))).toList();
    AuditActor who = AuditActor.of(actor);
    if (visible.isEmpty()) {
      audit.recordDurably(
          who.did(SubjectAuditAction.SUBJECT_SEARCHED, "subject", "", Outcome.FAILURE));
      return new NoMatch(triedAs, true);
    }
    // One entry per person shown, awaited together (one commit of the chain, not one each).
    audit.recordAll(
        visible.stream()
            .map(
                m ->
                    who.did(
                        SubjectAuditAction.SUBJECT_SEARCHED,
                        "subject",
                        m.subject().toString(),
                        Outcome.SUCCESS))
            .toList());
    return visible.size() == 1
        ? new Found(new SubjectId(visible.get(0).subject()))
        : new Several(visible);
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
