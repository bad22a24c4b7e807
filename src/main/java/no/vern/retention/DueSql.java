package no.vern.retention;

import java.time.Instant;
import java.time.LocalDate;
import no.vern.retention.RetentionRules.Rule;
import no.vern.retention.domain.DueDay;
import no.vern.retention.domain.TriggerKind;
import no.vern.shared.time.Deadlines;
import org.jspecify.annotations.Nullable;

/**
 * The SQL that dates records under one rule, set-based over {@code personal_data_record r}: the
 * trigger day per {@link TriggerKind} (Norwegian calendar days), the due day as PostgreSQL adds the
 * rule's ISO period (months end as {@link DueDay} says), and whether a legal hold covers the
 * record. Reported events and holds are joined, not looked up row by row, so a forecast over
 * hundreds of thousands of candidates is a few hash joins. Parameters: {@code :activity}, {@code
 * :trigger}, {@code :period}. Reads the subject module's table directly, read-only, because a sweep
 * over millions of records must be set-based; every change goes through {@code
 * subject.RecordErasure}.
 */
final class DueSql {

  private static final String OSLO = "'Europe/Oslo'";

  /**
   * The holds in force, once per statement: arrays of held records, subjects, activities, cases.
   */
  private static final String HOLDS =
      """
      (SELECT coalesce(array_agg(record_id) FILTER (WHERE record_id IS NOT NULL), '{}') AS records,
              coalesce(array_agg(subject_id) FILTER (WHERE subject_id IS NOT NULL), '{}') AS subjects,
              coalesce(array_agg(activity) FILTER (WHERE activity IS NOT NULL), '{}') AS activities,
              coalesce(array_agg(case_reference) FILTER (WHERE case_reference IS NOT NULL), '{}')
                AS cases
       FROM retention_hold WHERE lifted_at IS NULL)""";

  /** Whether a hold of {@link #HOLDS} covers the record {@code r} (its case through {@code rc}). */
  static final String HELD_EXPRESSION =
      "(r.id = ANY(h.records) OR r.subject_id = ANY(h.subjects)"
          + " OR r.activity = ANY(h.activities) OR rc.case_reference = ANY(h.cases)) IS TRUE";

  private DueSql() {}

  /**
   * The rows of one activity with {@code trigger_on}, {@code due_on} and {@code held}; {@code
   * restriction} (an SQL condition on {@code r}) limits them, or null for all.
   */
  static String dated(Rule rule, @Nullable String restriction) {
    return dated(rule, "personal_data_record", "r.id, r.subject_id, r.collected_at", restriction);
  }

  /**
   * As above over {@code source}, any relation with the record's columns (a batch's rows already
   * read), answering {@code columns} of it.
   */
  static String dated(Rule rule, String source, String columns, @Nullable String restriction) {
    TriggerKind kind = rule.kind();
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT %s, t.trigger_on,
                   (t.trigger_on + CAST(:period AS interval))::date AS due_on,
                   %s AS held
            FROM %s r
            CROSS JOIN %s h
            LEFT JOIN retention_record_case rc ON rc.record_id = r.id
            """
                .formatted(columns, HELD_EXPRESSION, source, HOLDS));
    if (kind.reportable()) {
      sql.append(events("re", "se", ":trigger"));
    }
    if (kind == TriggerKind.RELATIONSHIP_ENDED) {
      sql.append(events("rs", "ss", "'" + TriggerKind.SETTLED + "'"));
    }
    sql.append("CROSS JOIN LATERAL (SELECT ")
        .append(triggerDay(kind))
        .append(" AS trigger_on) t\nWHERE r.activity = :activity");
    if (restriction != null) {
      sql.append(" AND ").append(restriction);
    }
    return sql.toString();
  }

  /**
   * The column whose index finds the records near their due day: a trigger day is never before it
   * (the later of it and reported days; a fiscal year ends after collection). Null when only
   * reported events date the rule.
   */
  static @Nullable String column(TriggerKind kind) {
    return switch (kind) {
      case COLLECTED, FISCAL_YEAR_END -> "collected_at";
      case REPORTED -> null;
      default -> kind.column();
    };
  }

  /** Records of the activity with a reported event of the rule's trigger by the bound day. */
  static final String REPORTED_CANDIDATES =
      """
      SELECT e.record_id FROM retention_record_event e
      WHERE e.event = :trigger AND e.occurred_on <= :boundDay
      UNION SELECT c.id FROM retention_subject_event s JOIN personal_data_record c
        ON c.subject_id = s.subject_id
      WHERE s.event = :trigger AND s.occurred_on <= :boundDay AND c.activity = :activity""";

  /**
   * As {@link #dated}, for the candidates that can be due by the bounds: the column's range as a
   * condition on {@code r} itself, so PostgreSQL reads it from the index in one bitmap scan (a
   * semi-join with the candidate list made it read every record of the activity), and the records
   * with reported events, outside that range, as a second part.
   */
  static String datedUpTo(Rule rule) {
    String column = column(rule.kind());
    if (column == null) {
      return dated(rule, "r.id IN (" + REPORTED_CANDIDATES + ")");
    }
    String inRange = dated(rule, "r." + column + " < :bound");
    if (!rule.kind().reportable()) {
      return inRange;
    }
    return inRange
        + "\nUNION ALL\n"
        + dated(
            rule,
            "r.id IN ("
                + REPORTED_CANDIDATES
                + ") AND (r."
                + column
                + " IS NULL OR r."
                + column
                + " >= :bound)");
  }

  static LocalDate boundDay(Rule rule, LocalDate day) {
    return DueDay.latestTriggerDay(day, rule.period());
  }

  /** The instant bound: before the start of the day after the day bound, in Norway. */
  static Instant bound(Rule rule, LocalDate day) {
    return boundDay(rule, day).plusDays(1).atStartOfDay(Deadlines.NORWAY).toInstant();
  }

  static String triggerDay(TriggerKind kind) {
    String collected = "(r.collected_at AT TIME ZONE " + OSLO + ")::date";
    return switch (kind) {
      case COLLECTED -> collected;
      case FISCAL_YEAR_END ->
          "make_date(extract(year FROM r.collected_at AT TIME ZONE " + OSLO + ")::int, 12, 31)";
      case LAST_CONTACT, CASE_CLOSED, CUSTOMER_RELATIONSHIP_ENDED ->
          "GREATEST(" + own(kind) + ", re.occurred_on, se.occurred_on)";
      case RELATIONSHIP_ENDED -> {
        String ended = "GREATEST(" + own(kind) + ", re.occurred_on, se.occurred_on)";
        yield "CASE WHEN %s IS NULL THEN NULL ELSE GREATEST(%s, rs.occurred_on, ss.occurred_on) END"
            .formatted(ended, ended);
      }
      case REPORTED -> "GREATEST(re.occurred_on, se.occurred_on)";
    };
  }

  private static String own(TriggerKind kind) {
    return "(r." + kind.column() + " AT TIME ZONE " + OSLO + ")::date";
  }

  /** The latest reported day of {@code event} for the record and for its subject. */
  private static String events(String record, String subject, String event) {
    return ("LEFT JOIN retention_record_event %1$s ON %1$s.record_id = r.id AND %1$s.event = %3$s\n"
            + "LEFT JOIN retention_subject_event %2$s ON %2$s.subject_id = r.subject_id"
            + " AND %2$s.event = %3$s\n")
        .formatted(record, subject, event);
  }
}
