package no.vern.breach;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.disclosure.DisclosedSubjects;
import no.vern.inventory.Activity;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.ImportId;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectsWithRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Finds the people a breach may have touched, from the registry (records of activities in a window,
 * or of one import) or from the disclosure register (sent to a recipient in a period). Ids only;
 * each search is audited against the breach, since it reads who is in the registry.
 */
@Service
class AffectedPeople {

  /** The most ids one answer lists; the count is always whole. */
  static final int MAX_LIST = 10_000;

  /** A checked query: one of the three ways. */
  record Criteria(
      List<String> activities,
      @Nullable Instant from,
      Instant to,
      @Nullable UUID importId,
      @Nullable String recipient) {}

  /**
   * The count, and the ids when asked for: those the caller may see under need-to-know, with how
   * many of the listed were left out as outside their scope ({@code outsideScope}). The count is
   * always whole: how big a breach is is not a read of anyone.
   */
  record Found(
      Criteria criteria,
      long count,
      List<SubjectId> subjects,
      boolean truncated,
      int outsideScope) {}

  private final SubjectsWithRecords records;
  private final PersonalDataRecords people;
  private final DisclosedSubjects disclosed;
  private final ProcessingInventory inventory;
  private final AuditTrail audit;
  private final Clock clock;

  AffectedPeople(
      SubjectsWithRecords records,
      PersonalDataRecords people,
      DisclosedSubjects disclosed,
      ProcessingInventory inventory,
      AuditTrail audit,
      Clock clock) {
    this.records = records;
    this.people = people;
    this.disclosed = disclosed;
    this.inventory = inventory;
    this.audit = audit;
    this.clock = clock;
  }

  Found find(UUID breach, AffectedQuery query, boolean list, String actor) {
    Found found = inScope(search(check(query), list), actor);
    audit.record(
        AuditActor.of(actor)
            .did(
                BreachAuditAction.BREACH_AFFECTED_SEARCHED,
                "breach",
                breach.toString(),
                AuditRecord.Outcome.SUCCESS));
    return found;
  }

  private Found inScope(Found found, String actor) {
    if (found.subjects().isEmpty()) {
      return found;
    }
    Set<SubjectId> visible = people.visibleAmong(found.subjects(), actor);
    List<SubjectId> listed = found.subjects().stream().filter(visible::contains).toList();
    return new Found(
        found.criteria(),
        found.count(),
        listed,
        found.truncated(),
        found.subjects().size() - listed.size());
  }

  /**
   * Not audited and not scoped: for Vern's own work (the Art. 34 notices), whose caller puts its
   * own use of the ids on the trail.
   */
  Found search(Criteria c, boolean list) {
    long count;
    List<SubjectId> ids = List.of();
    if (c.importId() != null) {
      ImportId id = new ImportId(c.importId());
      count = records.countInImport(id);
      ids = list ? records.inImport(id, MAX_LIST) : ids;
    } else if (c.recipient() != null) {
      Instant from = c.from() == null ? Instant.EPOCH : c.from();
      count = disclosed.count(c.recipient(), from, c.to());
      ids = list ? disclosed.to(c.recipient(), from, c.to(), MAX_LIST) : ids;
    } else {
      count = records.countInActivities(c.activities(), c.from(), c.to());
      ids = list ? records.inActivities(c.activities(), c.from(), c.to(), MAX_LIST) : ids;
    }
    return new Found(c, count, ids, list && count > ids.size(), 0);
  }

  Criteria check(AffectedQuery q) {
    List<FieldError> errors = new ArrayList<>();
    List<String> activities = q.activities() == null ? List.of() : q.activities();
    int ways =
        (activities.isEmpty() ? 0 : 1)
            + (q.importId() == null ? 0 : 1)
            + (q.recipient() == null ? 0 : 1);
    if (ways != 1) {
      errors.add(
          new FieldError(
              "activities",
              "one-way",
              "Give activities (with a time window), an import, or a recipient (with a period):"
                  + " exactly one of them."));
    }
    Instant from = time("from", q.from(), errors);
    Instant to = time("to", q.to(), errors);
    if (q.recipient() != null && (q.from() == null || q.to() == null)) {
      errors.add(new FieldError("from", "required", "A recipient needs the period: from and to."));
    }
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "before-start", "The end is before the start."));
    }
    if (!activities.isEmpty()) {
      Set<String> known =
          inventory.active().map(InventoryVersion::inventory).stream()
              .flatMap(i -> i.activities().stream())
              .map(Activity::id)
              .collect(Collectors.toSet());
      for (int i = 0; i < activities.size(); i++) {
        if (!known.contains(activities.get(i))) {
          errors.add(
              new FieldError(
                  "activities[" + i + "]",
                  "unknown",
                  "Use the id of an activity of the inventory in force."));
        }
      }
    }
    UUID importId = null;
    if (q.importId() != null) {
      try {
        importId = UUID.fromString(q.importId().strip());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("import", "invalid", "An import's id (a UUID)."));
      }
    }
    if (q.recipient() != null && (q.recipient().isBlank() || q.recipient().length() > 200)) {
      errors.add(new FieldError("recipient", "invalid", "A recipient's id, 1 to 200 characters."));
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED, "The search for affected people is not valid.", errors);
    }
    return new Criteria(
        List.copyOf(activities),
        from,
        to == null ? clock.instant() : to,
        importId,
        q.recipient() == null ? null : q.recipient().strip());
  }

  private static @Nullable Instant time(
      String field, @Nullable String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "invalid", "An ISO 8601 time with offset."));
      return null;
    }
  }
}
