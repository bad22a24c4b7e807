package no.vern.breach;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.vern.breach.domain.BreachClock;
import org.jspecify.annotations.Nullable;

/**
 * The admin forms' fields to the API's inputs: the browser's {@code datetime-local} is read as Oslo
 * time (what the DPO's watch shows), a blank field as not sent, lists as comma-separated.
 */
final class BreachForms {

  private BreachForms() {}

  static BreachInput breach(Map<String, String> f) {
    return new BreachInput(
        text(f, "summary"),
        text(f, "type"),
        time(f, "awareAt"),
        time(f, "occurredFrom"),
        time(f, "occurredTo"),
        text(f, "reporterKind"),
        text(f, "reportedBy"),
        text(f, "mainCause"),
        text(f, "whatHappened"),
        list(f, "dataCategories"),
        list(f, "subjectCategories"),
        number(f, "approxSubjects"),
        number(f, "approxRecords"),
        text(f, "relationship"),
        text(f, "dataLocation"),
        text(f, "consequences"),
        text(f, "measuresTaken"),
        text(f, "measuresPlanned"),
        text(f, "risk"),
        text(f, "riskReasoning"),
        text(f, "notifyDecision"),
        text(f, "decisionReason"),
        text(f, "subjectsInformed"),
        text(f, "contact"),
        text(f, "exceptionGround"),
        text(f, "exceptionReason"),
        text(f, "publicNotice"));
  }

  static NotificationInput notification(Map<String, String> f) {
    return new NotificationInput(
        text(f, "recipient"),
        text(f, "phase"),
        time(f, "notifiedAt"),
        text(f, "channel"),
        text(f, "reference"),
        text(f, "adds"),
        text(f, "delayReasons"));
  }

  /** For a form's {@code datetime-local} value: the instant in Oslo time. */
  static String local(java.time.@Nullable Instant at) {
    return at == null
        ? ""
        : BreachClock.inOslo(at).toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  static @Nullable String text(Map<String, String> f, String name) {
    String v = f.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  private static @Nullable String time(Map<String, String> f, String name) {
    return at(f.get(name));
  }

  /** A {@code datetime-local} as Oslo time; an unreadable value as it is, for the check to name. */
  static @Nullable String at(@Nullable String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(v.strip()).atZone(BreachClock.OSLO).toOffsetDateTime().toString();
    } catch (DateTimeParseException e) {
      return v;
    }
  }

  private static @Nullable List<String> list(Map<String, String> f, String name) {
    String v = text(f, name);
    return v == null
        ? null
        : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static @Nullable Integer number(Map<String, String> f, String name) {
    String v = text(f, name);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
