package no.vern.breach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vern.breach.domain.BreachClock;
import no.vern.shared.problem.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link BreachInput} field by field and turns what was sent into column values; every
 * mistake is named at once, and nothing is stored while there is one. On create the summary, type
 * and awareness are required; on update, only what was sent is checked and changed. The rules that
 * tie two fields together (a decision needs its reason) are checked on the breach as it will be, by
 * {@link #whole}.
 */
final class BreachCheck {

  static final int TEXT = 4000;
  static final Set<String> TYPES = Set.of("confidentiality", "integrity", "availability");
  static final Set<String> REPORTERS =
      Set.of("staff", "processor", "data-subject", "third-party", "other");
  static final Set<String> RISKS = Set.of("none", "risk", "high");
  static final Set<String> DECISIONS = Set.of("notify", "not-notify");
  static final Set<String> EXCEPTIONS =
      Set.of("unintelligible", "risk-no-longer-likely", "disproportionate-effort");

  private final Clock clock;
  private final List<FieldError> errors = new ArrayList<>();
  private final Map<String, Object> columns = new LinkedHashMap<>();

  BreachCheck(Clock clock) {
    this.clock = clock;
  }

  List<FieldError> errors() {
    return errors;
  }

  /** Column name to value, for the fields that were sent (and notify_by with aware_at). */
  Map<String, Object> columns(BreachInput in, boolean create) {
    text("summary", "summary", in.summary(), 500, create);
    choice("type", "type", in.type(), TYPES, create);
    Instant aware = instant("awareAt", "aware_at", in.awareAt(), create);
    if (aware != null) {
      columns.put("notify_by", Timestamp.from(BreachClock.notifyBy(aware)));
    }
    Instant from = instant("occurredFrom", "occurred_from", in.occurredFrom(), false);
    Instant to = instant("occurredTo", "occurred_to", in.occurredTo(), false);
    if (from != null && to != null && to.isBefore(from)) {
      fail("occurredTo", "before-start", "The end of the period is before its start.");
    }
    choice("reporterKind", "reporter_kind", in.reporterKind(), REPORTERS, false);
    text("reportedBy", "reported_by", in.reportedBy(), 200, false);
    text("mainCause", "main_cause", in.mainCause(), TEXT, false);
    text("whatHappened", "what_happened", in.whatHappened(), TEXT, false);
    list("dataCategories", "data_categories", in.dataCategories());
    list("subjectCategories", "subject_categories", in.subjectCategories());
    count("approxSubjects", "approx_subjects", in.approxSubjects());
    count("approxRecords", "approx_records", in.approxRecords());
    text("relationship", "relationship", in.relationship(), TEXT, false);
    text("dataLocation", "data_location", in.dataLocation(), TEXT, false);
    text("consequences", "consequences", in.consequences(), TEXT, false);
    text("measuresTaken", "measures_taken", in.measuresTaken(), TEXT, false);
    text("measuresPlanned", "measures_planned", in.measuresPlanned(), TEXT, false);
    choice("risk", "risk", in.risk(), RISKS, false);
    text("riskReasoning", "risk_reasoning", in.riskReasoning(), TEXT, false);
    choice("notifyDecision", "notify_decision", in.notifyDecision(), DECISIONS, false);
    text("decisionReason", "decision_reason", in.decisionReason(), TEXT, false);
    text("subjectsInformed", "subjects_informed", in.subjectsInformed(), TEXT, false);
    text("contact", "contact", in.contact(), 500, false);
    choice("exceptionGround", "exception_ground", in.exceptionGround(), EXCEPTIONS, false);
    text("exceptionReason", "exception_reason", in.exceptionReason(), TEXT, false);
    text("publicNotice", "public_notice", in.publicNotice(), TEXT, false);
    return columns;
  }

  /** The rules between fields, on the breach as it is after the change. */
  void whole(BreachRow b) {
    if (b.risk() != null && b.riskReasoning() == null) {
      fail("riskReasoning", "required", "A risk assessment needs its reasoning.");
    }
    if (b.notifyDecision() != null && b.decisionReason() == null) {
      fail(
          "decisionReason",
          "required",
          "The decision to notify Datatilsynet or not needs its reason (Art. 33(5)).");
    }
    if (b.exceptionGround() != null && b.exceptionReason() == null) {
      fail("exceptionReason", "required", "An Art. 34(3) exception needs its reasons.");
    }
    if ("disproportionate-effort".equals(b.exceptionGround()) && b.publicNotice() == null) {
      fail(
          "publicNotice",
          "required",
          "When telling each person is disproportionate, Art. 34(3)(c) asks for a public"
              + " notice: say where and when it was published.");
    }
    if (b.occurredFrom() != null
        && b.occurredTo() != null
        && b.occurredTo().isBefore(b.occurredFrom())) {
      fail("occurredTo", "before-start", "The end of the period is before its start.");
    }
  }

  private void text(
      String field, String column, @Nullable String value, int max, boolean required) {
    if (value == null) {
      if (required) {
        fail(field, "required", "Give the " + field + ".");
      }
      return;
    }
    String v = value.strip();
    if (v.isEmpty() || v.length() > max) {
      fail(field, "invalid", "1 to " + max + " characters.");
      return;
    }
    if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      fail(field, "invalid", "No control characters.");
      return;
    }
    columns.put(column, v);
  }

  private void choice(
      String field, String column, @Nullable String value, Set<String> allowed, boolean required) {
    if (value == null) {
      if (required) {
        fail(
            field,
            "required",
            "Give one of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
      }
      return;
    }
    if (!allowed.contains(value)) {
      fail(
          field,
          "invalid",
          "Use one of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
      return;
    }
    columns.put(column, value);
  }

  private @Nullable Instant instant(
      String field, String column, @Nullable String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        fail(field, "required", "Give the time as an ISO 8601 instant with offset.");
      }
      return null;
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      fail(field, "invalid", "An ISO 8601 time with offset, such as 2026-03-27T23:59:00+01:00.");
      return null;
    }
    if (at.isAfter(clock.instant())) {
      fail(field, "future", "Must not be in the future.");
      return null;
    }
    if (at.isBefore(Instant.parse("1970-01-01T00:00:00Z"))) {
      fail(field, "range", "Must be after 1970.");
      return null;
    }
    columns.put(column, Timestamp.from(at));
    return at;
  }

  private void list(String field, String column, @Nullable List<String> values) {
    if (values == null) {
      return;
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v == null || v.isBlank() || v.length() > 100) {
        fail(field + "[" + i + "]", "invalid", "1 to 100 characters.");
      } else if (!kept.contains(v.strip())) {
        kept.add(v.strip());
      }
    }
    if (values.size() > 50) {
      fail(field, "size", "At most 50.");
    }
    columns.put(column, kept.toArray(String[]::new));
  }

  private void count(String field, String column, @Nullable Integer value) {
    if (value == null) {
      return;
    }
    if (value < 0) {
      fail(field, "range", "Zero or more.");
      return;
    }
    columns.put(column, value);
  }

  private void fail(String field, String code, String message) {
    errors.add(new FieldError(field, code, message));
  }
}
