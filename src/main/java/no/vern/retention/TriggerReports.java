package no.vern.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.time.Deadlines;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trigger dates reported by the systems that know them: checked whole (every item valid, or nothing
 * stored), then stored and audited by id in one transaction.
 */
@Service
class TriggerReports {

  /** One report: exactly one of record and subject. */
  record Report(
      @Nullable UUID subject,
      @Nullable UUID record,
      @Nullable String event,
      @Nullable LocalDate date,
      @Nullable String caseReference) {}

  static final int MAX_BATCH = 1000;

  private final TriggerEvents events;
  private final RetentionRules rules;
  private final AuditTrail audit;
  private final Clock clock;

  TriggerReports(TriggerEvents events, RetentionRules rules, AuditTrail audit, Clock clock) {
    this.events = events;
    this.rules = rules;
    this.audit = audit;
    this.clock = clock;
  }

  /** One report for a record or subject in the path; 404 when it is unknown. */
  @Transactional
  void one(Report report, String actor) {
    boolean known =
        report.record() != null
            ? !events.existingRecords(List.of(report.record())).isEmpty()
            : !events.existingSubjects(List.of(report.subject())).isEmpty();
    if (!known) {
      throw new ApiProblem(CommonProblem.NOT_FOUND, "No such record or data subject.");
    }
    List<FieldError> errors = new ArrayList<>();
    check(report, "", errors);
    refuse(errors);
    Instant at = clock.instant();
    store(report, at);
    String type = report.record() != null ? "record" : "subject";
    UUID id = report.record() != null ? report.record() : report.subject();
    audit.recordDurably(
        AuditActor.of(actor)
            .did(RetentionAuditAction.TRIGGER_REPORTED, type, id.toString(), Outcome.SUCCESS));
  }

  /** Many at once, all or nothing; answers how many were stored. */
  @Transactional
  int batch(List<Report> reports, String actor) {
    List<FieldError> errors = new ArrayList<>();
    if (reports.isEmpty() || reports.size() > MAX_BATCH) {
      errors.add(new FieldError("events", "size", "Send 1 to " + MAX_BATCH + " events."));
    }
    Set<UUID> records = new HashSet<>();
    Set<UUID> subjects = new HashSet<>();
    reports.forEach(
        r -> {
          if (r.record() != null) records.add(r.record());
          if (r.subject() != null) subjects.add(r.subject());
        });
    Set<UUID> knownRecords = records.isEmpty() ? Set.of() : events.existingRecords(records);
    Set<UUID> knownSubjects = subjects.isEmpty() ? Set.of() : events.existingSubjects(subjects);
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      String at = "events[" + i + "].";
      if ((r.record() == null) == (r.subject() == null)) {
        errors.add(new FieldError(at + "record", "one-of", "Name one record or one subject."));
        continue;
      }
      if (r.record() != null && !knownRecords.contains(r.record())) {
        errors.add(new FieldError(at + "record", "unknown", "No record has this id."));
      }
      if (r.subject() != null && !knownSubjects.contains(r.subject())) {
        errors.add(new FieldError(at + "subject", "unknown", "No data subject has this id."));
      }
      check(r, at, errors);
    }
    refuse(errors);
    Instant now = clock.instant();
    reports.forEach(r -> store(r, now));
    audit.recordDurably(
        AuditActor.of(actor)
            .did(
                RetentionAuditAction.TRIGGERS_REPORTED,
                "retention-events",
                UUID.randomUUID().toString(),
                Outcome.SUCCESS));
    return reports.size();
  }

  private void check(Report r, String at, List<FieldError> errors) {
    Set<String> allowed = rules.active().reportableEvents();
    if (r.event() == null || !allowed.contains(r.event())) {
      errors.add(
          new FieldError(
              at + "event", "unknown", "Use one of the inventory's triggers: " + sorted(allowed)));
    }
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    if (r.date() == null) {
      errors.add(new FieldError(at + "date", "required", "Give the day it happened."));
    } else if (r.date().isAfter(today)) {
      errors.add(new FieldError(at + "date", "future", "Must not be in the future."));
    }
    String ref = r.caseReference();
    if (ref != null && (r.record() == null || ref.isBlank() || ref.length() > 100)) {
      errors.add(
          new FieldError(
              at + "caseReference", "invalid", "1 to 100 characters, for a record only."));
    }
  }

  private void store(Report r, Instant at) {
    if (r.record() != null) {
      events.forRecord(r.record(), r.event(), r.date(), r.caseReference(), at);
    } else {
      events.forSubject(r.subject(), r.event(), r.date(), at);
    }
  }

  private static void refuse(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED, "The events have invalid values.", errors);
    }
  }

  private static String sorted(Set<String> s) {
    return String.join(", ", new java.util.TreeSet<>(s));
  }
}
