package no.vern.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.vern.retention.RetentionRules.Rule;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based reads of the records under each rule: waiting, due, forecast. */
@Repository
class DueRecords {

  /** Records of an activity whose trigger has not come, and since when the oldest waits. */
  record Waiting(String activity, String trigger, long records, Instant oldestCollected) {}

  /** Due records of one activity in one week (Monday), held or to be processed. */
  record Week(String activity, String action, LocalDate week, long processed, long held) {}

  /** A record to take in this batch. */
  record Due(UUID id, UUID subject) {}

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
      out.addAll(
          jdbc.sql(
                  "SELECT date_trunc('week', greatest(d.due_on, :today))::date AS week,"
                      + " count(*) FILTER (WHERE NOT d.held) AS processed,"
                      + " count(*) FILTER (WHERE d.held) AS held FROM ("
                      + DueSql.datedUpTo(rule)
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

  /**
   * Where a run is in a rule's candidates: first along the trigger column's index ({@code key},
   * {@code id}), then through the records with reported events (by {@code id}). Every candidate is
   * read once per run, so held and not-yet-due ones never slow the batches after them.
   */
  record Cursor(boolean reported, @Nullable Instant key, @Nullable UUID id, boolean done) {

    static Cursor start(Rule rule) {
      boolean column = DueSql.column(rule.kind()) != null;
      return new Cursor(!column, null, null, false);
    }
  }

  /** One batch: the records taken (locked for this transaction) and where the next one starts. */
  record Batch(List<Due> taken, Cursor next) {}

  /**
   * The next {@code size} candidates after the cursor; those due on or before {@code day} and not
   * held are locked for this transaction (a record another run has locked is skipped).
   */
  Batch batch(Rule rule, LocalDate day, int size, Cursor cursor) {
    var params = params(rule, day);
    List<UUID> scanned;
    Cursor next;
    if (!cursor.reported()) {
      String column = DueSql.column(rule.kind());
      String after =
          cursor.id() == null ? "" : " AND (c." + column + ", c.id) > (:afterKey, :afterId)";
      record Key(UUID id, Instant key) {}
      List<Key> keys =
          jdbc.sql(
                  "SELECT c.id, c."
                      + column
                      + " FROM personal_data_record c"
                      + " WHERE c.activity = :activity AND c."
                      + column
                      + " < :bound"
                      + after
                      + " ORDER BY c."
                      + column
                      + ", c.id LIMIT :size")
              .params(params)
              .param("afterKey", cursor.key() == null ? null : Timestamp.from(cursor.key()))
              .param("afterId", cursor.id())
              .param("size", size)
              .query(
                  (rs, n) -> new Key(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
              .list();
      scanned = keys.stream().map(Key::id).toList();
      Key last = keys.isEmpty() ? null : keys.get(keys.size() - 1);
      next =
          last == null
              ? new Cursor(true, null, null, !rule.kind().reportable())
              : new Cursor(false, last.key(), last.id(), false);
    } else {
      String after = cursor.id() == null ? "" : " WHERE x.id > :afterId";
      scanned =
          jdbc.sql(
                  "SELECT x.id FROM ("
                      + DueSql.REPORTED_CANDIDATES
                      + ") x(id)"
                      + after
                      + " ORDER BY x.id LIMIT :size")
              .params(params)
              .param("afterId", cursor.id())
              .param("size", size)
              .query(UUID.class)
              .list();
      next =
          scanned.isEmpty()
              ? new Cursor(true, null, null, true)
              : new Cursor(true, null, scanned.get(scanned.size() - 1), false);
    }
    if (scanned.isEmpty()) {
      return new Batch(List.of(), next);
    }
    // Dated, filtered and locked in one statement; a record another run holds is skipped.
    List<Due> taken =
        jdbc.sql(
                DueSql.dated(rule, "r.id = ANY(:scanned)")
                    + " AND (t.trigger_on + CAST(:period AS interval))::date <= :day"
                    + " AND NOT "
                    + DueSql.HELD_EXPRESSION
                    + " FOR UPDATE OF r SKIP LOCKED")
            .params(params)
            .param("scanned", scanned.toArray(UUID[]::new))
            .param("day", day)
            .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
            .list();
    return new Batch(taken, next);
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
  private static java.util.Map<String, Object> params(Rule rule, LocalDate day) {
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
