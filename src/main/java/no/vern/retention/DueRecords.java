package no.vern.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.vern.retention.RetentionRules.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-based reads of the records under each rule: waiting, forecast, held ({@link SweepBatch} takes
 * them).
 */
@Repository
class DueRecords {

  /** Records of an activity whose trigger has not come, and since when the oldest waits. */
  record Waiting(String activity, String trigger, long records, Instant oldestCollected) {}

  /** Due records of one activity in one week (Monday), held or to be processed. */
  record Week(String activity, String action, LocalDate week, long processed, long held) {}

  private final JdbcClient jdbc;

  DueRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Waiting> waiting(List<Rule> rules) {
    List<Waiting> out = new ArrayList<>();
    for (Rule rule : rules) {
      jdbc.sql(
              "SELECT count(*) AS n, min(d.collected_at) AS oldest FROM ("
                  + DueSql.dated(rule, null)
                  + ") d WHERE d.trigger_on IS NULL")
          .params(params(rule))
          .query(
              (rs, n) -> {
                Timestamp oldest = rs.getTimestamp("oldest");
                return rs.getLong("n") == 0
                    ? null
                    : new Waiting(
                        rule.activity(), rule.trigger(), rs.getLong("n"), oldest.toInstant());
              })
          .optional()
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * Per activity and ISO week, what is due on or before {@code until}: due earlier than {@code
   * today} counts in this week, as the next sweep takes it.
   */
  List<Week> forecast(List<Rule> rules, LocalDate today, LocalDate until) {
    List<Week> out = new ArrayList<>();
    for (Rule rule : rules) {
      // Over millions of records the plain ones are counted from the index (ForecastSql).
      String rows =
          ForecastSql.applies(rule)
              ? ForecastSql.rows(rule)
              : "SELECT due_on, held, 1 AS n FROM (" + DueSql.datedUpTo(rule) + ") x";
      out.addAll(
          jdbc.sql(
                  "SELECT date_trunc('week', greatest(d.due_on, :today))::date AS week,"
                      + " coalesce(sum(d.n) FILTER (WHERE NOT d.held), 0) AS processed,"
                      + " coalesce(sum(d.n) FILTER (WHERE d.held), 0) AS held FROM ("
                      + rows
                      + ") d WHERE d.due_on <= :until GROUP BY 1 ORDER BY 1")
              .params(params(rule, until))
              .param("today", today)
              .param("until", until)
              .query(
                  (rs, n) ->
                      new Week(
                          rule.activity(),
                          rule.action(),
                          rs.getObject("week", LocalDate.class),
                          rs.getLong("processed"),
                          rs.getLong("held")))
              .list());
    }
    return out;
  }

  /** Due on or before {@code day} and held: counted in the evidence, never touched. */
  long held(Rule rule, LocalDate day) {
    return jdbc.sql(
            "SELECT count(*) FROM ("
                + DueSql.datedUpTo(rule)
                + ") d WHERE d.due_on <= :day AND d.held")
        .params(params(rule, day))
        .param("day", day)
        .query(Long.class)
        .single();
  }

  /** With the bounds of {@link DueSql#datedUpTo} for what is due by {@code day}. */
  static java.util.Map<String, Object> params(Rule rule, LocalDate day) {
    var all = new java.util.HashMap<>(params(rule));
    all.put("bound", java.sql.Timestamp.from(DueSql.bound(rule, day)));
    all.put("boundDay", DueSql.boundDay(rule, day));
    return all;
  }

  private static java.util.Map<String, Object> params(Rule rule) {
    return java.util.Map.of(
        "activity", rule.activity(),
        "trigger", rule.trigger(),
        "period", rule.period().toString());
  }
}
