package no.vern.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.vern.retention.RetentionRules.Rule;
import no.vern.retention.domain.TriggerKind;
import no.vern.shared.time.Deadlines;

/**
 * The SQL that dates records under one rule, set-based over {@code personal_data_record r}: the
 * trigger day per {@link TriggerKind} (Norwegian calendar days), the due day as PostgreSQL adds the
 * rule's ISO period (months end as {@link no.vern.retention.domain.DueDay} says), and whether a
 * legal hold covers the record. Parameters: {@code :activity}, {@code :trigger}, {@code :period}.
 * Reads the subject module's table directly, read-only, because a sweep over millions of records
 * must be one statement; every change goes through {@code subject.RecordErasure}.
 */
final class DueSql {

  private static final String OSLO = "'Europe/Oslo'";

  private DueSql() {}

  /** The rows of one activity with {@code trigger_on}, {@code due_on} and {@code held}. */
  static String dated(Rule rule) {
    return """
        SELECT r.id, r.subject_id, r.controller, r.collected_at, t.trigger_on,
               (t.trigger_on + CAST(:period AS interval))::date AS due_on,
               %s AS held
        FROM personal_data_record r
        CROSS JOIN LATERAL (SELECT %s AS trigger_on) t
        WHERE r.activity = :activity"""
        .formatted(HELD, triggerDay(rule.kind()));
  }

  /**
   * As {@link #dated}, limited to the records that can be due by {@code :bound} (an instant) and
   * {@code :boundDay}: a trigger day is never before the record's own column day, and a day plus a
   * period minus that period is at most three days before the day itself (31 January + 1 month - 1
   * month = 28 January), so a record due by day D has its column, or a reported event, on or before
   * D - period + 3 days. The candidates come from indexes, so a sweep or forecast reads the records
   * near their due day instead of every record of the activity.
   */
  static String datedUpTo(Rule rule) {
    TriggerKind kind = rule.kind();
    List<String> parts = new ArrayList<>();
    String column =
        switch (kind) {
          case COLLECTED, FISCAL_YEAR_END -> "collected_at";
          case REPORTED -> null;
          default -> kind.column();
        };
    if (column != null) {
      parts.add(
          "SELECT c.id FROM personal_data_record c WHERE c.activity = :activity AND c."
              + column
              + " < :bound");
    }
    if (kind.reportable()) {
      parts.add(
          "SELECT e.record_id FROM retention_record_event e"
              + " WHERE e.event = :trigger AND e.occurred_on <= :boundDay");
      parts.add(
          "SELECT c.id FROM retention_subject_event s JOIN personal_data_record c"
              + " ON c.subject_id = s.subject_id WHERE s.event = :trigger"
              + " AND s.occurred_on <= :boundDay AND c.activity = :activity");
    }
    return dated(rule) + " AND r.id IN (" + String.join(" UNION ", parts) + ")";
  }

  /** The day bound of {@link #datedUpTo} for records due by {@code day}. */
  static LocalDate boundDay(Rule rule, LocalDate day) {
    return no.vern.retention.domain.DueDay.latestTriggerDay(day, rule.period());
  }

  /** The instant bound: before the start of the day after the day bound, in Norway. */
  static Instant bound(Rule rule, LocalDate day) {
    return boundDay(rule, day).plusDays(1).atStartOfDay(Deadlines.NORWAY).toInstant();
  }

  /** A legal hold not lifted that names the record, its subject, its activity or its case. */
  static final String HELD =
      """
      EXISTS (SELECT 1 FROM retention_hold h WHERE h.lifted_at IS NULL AND (
        h.record_id = r.id OR h.subject_id = r.subject_id OR h.activity = r.activity
        OR h.case_reference = (SELECT c.case_reference FROM retention_record_case c
                               WHERE c.record_id = r.id)))""";

  static String triggerDay(TriggerKind kind) {
    String collected = "(r.collected_at AT TIME ZONE " + OSLO + ")::date";
    return switch (kind) {
      case COLLECTED -> collected;
      case FISCAL_YEAR_END ->
          "make_date(extract(year FROM r.collected_at AT TIME ZONE " + OSLO + ")::int, 12, 31)";
      case LAST_CONTACT, CASE_CLOSED -> later(column(kind), reported(":trigger"));
      case RELATIONSHIP_ENDED -> {
        String ended = later(column(kind), reported(":trigger"));
        yield "CASE WHEN %s IS NULL THEN NULL ELSE GREATEST(%s, %s) END"
            .formatted(ended, ended, reported("'" + TriggerKind.SETTLED + "'"));
      }
      case REPORTED -> reported(":trigger");
    };
  }

  private static String column(TriggerKind kind) {
    return "(r." + kind.column() + " AT TIME ZONE " + OSLO + ")::date";
  }

  /** GREATEST ignores nulls: the later of the two known days, or null when neither is known. */
  private static String later(String a, String b) {
    return "GREATEST(" + a + ", " + b + ")";
  }

  /** The latest day reported for the record or its subject. */
  private static String reported(String event) {
    return ("GREATEST((SELECT e.occurred_on FROM retention_record_event e"
            + " WHERE e.record_id = r.id AND e.event = %s),"
            + " (SELECT s.occurred_on FROM retention_subject_event s"
            + " WHERE s.subject_id = r.subject_id AND s.event = %s))")
        .formatted(event, event);
  }
}
