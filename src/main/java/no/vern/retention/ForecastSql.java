package no.vern.retention;

import no.vern.retention.RetentionRules.Rule;
import no.vern.retention.domain.TriggerKind;

/**
 * The forecast's rows of one rule as {@code (due_on, held, n)}, fast over millions of records. A
 * record without reported events, case hold, record hold or subject hold is dated by its trigger
 * column alone, so those "plain" records are counted per trigger day from the trigger column's
 * index without reading a row (index-only), and those already overdue are only counted: the next
 * sweep takes them, whatever their day. The few "special" records (a reported event of the rule's
 * trigger for them or their subject, or a hold naming them, their subject or their case) are dated
 * row by row with the sweep's own {@link DueSql#dated}. Together they are exactly what {@link
 * DueSql#datedUpTo} dates. Parameters as {@link DueSql#datedUpTo}, with {@code :today}.
 */
final class ForecastSql {

  private ForecastSql() {}

  /** Whether the rule can be counted this way (it has a trigger column). */
  static boolean applies(Rule rule) {
    return DueSql.column(rule.kind()) != null;
  }

  static String rows(Rule rule) {
    return "WITH special (id) AS MATERIALIZED ("
        + special(rule.kind())
        + "),\nplain AS ("
        + plain(rule.kind(), DueSql.column(rule.kind()))
        + ")\nSELECT coalesce((p.trigger_on + CAST(:period AS interval))::date, :today) AS due_on,"
        + " EXISTS (SELECT 1 FROM retention_hold h WHERE h.lifted_at IS NULL"
        + " AND h.activity = :activity) AS held, p.n FROM plain p\n"
        + "UNION ALL\nSELECT d.due_on, d.held, 1 FROM ("
        + DueSql.dated(rule, "r.id IN (SELECT id FROM special)")
        + ") d";
  }

  /**
   * The plain records per trigger day. Those whose column lies at least a week before {@code today
   * - period} are due on or before today however the months clamp (at most three days): they are
   * only counted, with a null day (due today), which spares the time zone arithmetic per row.
   */
  private static String plain(TriggerKind kind, String column) {
    String records =
        " FROM personal_data_record r WHERE r.activity = :activity AND r."
            + column
            + " < :bound AND NOT EXISTS (SELECT 1 FROM special s WHERE s.id = r.id)";
    if (kind == TriggerKind.FISCAL_YEAR_END) {
      return "SELECT "
          + DueSql.triggerDay(kind)
          + " AS trigger_on, count(*) AS n"
          + records
          + " GROUP BY 1";
    }
    String overdue =
        "((:today - CAST(:period AS interval))::date - 6)::timestamp AT TIME ZONE 'Europe/Oslo'";
    return "SELECT NULL::date AS trigger_on, count(*) AS n"
        + records
        + " AND r."
        + column
        + " < "
        + overdue
        + " HAVING count(*) > 0\nUNION ALL SELECT (r."
        + column
        + " AT TIME ZONE 'Europe/Oslo')::date, count(*)"
        + records
        + " AND r."
        + column
        + " >= "
        + overdue
        + " GROUP BY 1";
  }

  /** The records {@link DueSql#dated} could date otherwise than by their column alone. */
  private static String special(TriggerKind kind) {
    String events =
        kind == TriggerKind.RELATIONSHIP_ENDED
            ? "(:trigger, '" + TriggerKind.SETTLED + "')"
            : "(:trigger)";
    String reported =
        kind.reportable()
            ? """
              SELECT e.record_id AS id FROM retention_record_event e WHERE e.event IN %1$s
              UNION SELECT c.id FROM retention_subject_event s JOIN personal_data_record c
                ON c.subject_id = s.subject_id WHERE s.event IN %1$s AND c.activity = :activity
              UNION
              """
                .formatted(events)
            : "";
    return reported
        + """
          SELECT h.record_id FROM retention_hold h
          WHERE h.lifted_at IS NULL AND h.record_id IS NOT NULL
          UNION SELECT c.id FROM retention_hold h JOIN personal_data_record c
            ON c.subject_id = h.subject_id WHERE h.lifted_at IS NULL AND c.activity = :activity
          UNION SELECT rc.record_id FROM retention_hold h JOIN retention_record_case rc
            ON rc.case_reference = h.case_reference WHERE h.lifted_at IS NULL""";
  }
}
