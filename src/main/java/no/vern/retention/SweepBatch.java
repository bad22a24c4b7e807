package no.vern.retention;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.retention.RetentionRules.Rule;
import no.vern.subject.RecordErasure;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One batch of the sweep as one data-modifying statement: it reads the next candidates of a rule
 * (each record's row once), dates them, leaves out those not due and those held, erases the rest
 * with {@link RecordErasure}'s SQL in physical order, keeps what anonymisation keeps, queues the
 * people it touched for {@link SweepSettlement}, counts and renews the run's lease, and answers
 * where the next batch starts. One round trip and no per-row lock beyond the delete's own: two runs
 * never share a lease, and a record another transaction deleted first is simply not erased (and not
 * counted) here.
 */
@Repository
class SweepBatch {

  /**
   * Where a run is in a rule's candidates: first along the trigger column's index ({@code key},
   * {@code id}), then through the records with reported events (by {@code id}). Every candidate is
   * read once per run, so held and not-yet-due ones never slow the batches after them. A big
   * backlog is first taken in physical order, {@code step} pages of the table at a time from {@code
   * page}, as a raw {@code DELETE} reads it; the index pass after it takes whatever that pass did
   * not see (a row written or moved by an update meanwhile), so nothing due is left. That pass
   * walks the index entries of every row the page pass deleted (dead until VACUUM), so it is left
   * out when no record was written since the page pass began ({@code writesBefore}, see {@link
   * RecordWrites}).
   */
  record Cursor(
      boolean reported,
      @Nullable Instant key,
      @Nullable UUID id,
      boolean done,
      @Nullable Long page,
      long step,
      long writesBefore) {

    Cursor(boolean reported, @Nullable Instant key, @Nullable UUID id, boolean done) {
      this(reported, key, id, done, null, 0, UNKNOWN);
    }

    static Cursor start(Rule rule) {
      return new Cursor(DueSql.column(rule.kind()) == null, null, null, false);
    }

    /** The page pass's batch at {@code page}. */
    Cursor at(long page) {
      return new Cursor(false, null, null, false, page, step, writesBefore);
    }
  }

  /**
   * What a batch did and where the next one starts. A batch of the page pass answers its own
   * cursor: {@link Sweeper#pagePass} hands out the page ranges and asks {@link #afterPages} where
   * the rule goes after them.
   */
  record Result(long erased, List<UUID> people, Cursor next) {}

  /** The record columns {@link DueSql#dated} reads, with the row's physical position. */
  private static final String ROW =
      "c.ctid AS rowid, c.id, c.subject_id, c.activity, c.collected_at, c.last_contact_at,"
          + " c.case_closed_at, c.relationship_ended_at";

  private final JdbcClient jdbc;
  private final RecordErasure erasure;
  private final RecordWrites writes;

  SweepBatch(JdbcClient jdbc, RecordErasure erasure, RecordWrites writes) {
    this.jdbc = jdbc;
    this.erasure = erasure;
    this.writes = writes;
  }

  /**
   * Where a run starts a rule: in physical order when at least one page in four holds a candidate
   * and there is more than a batch of them (reading pages in order then costs less than a random
   * page per candidate), else along the index.
   */
  Cursor start(Rule rule, LocalDate day, int size) {
    String column = DueSql.column(rule.kind());
    if (column == null) {
      return Cursor.start(rule);
    }
    long[] counts =
        jdbc.sql(
                "SELECT (SELECT count(*) FROM personal_data_record c WHERE c.activity = :activity"
                    + " AND c."
                    + column
                    + " < :bound), "
                    + PAGES)
            .params(DueRecords.params(rule, day))
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .single();
    long candidates = counts[0];
    long pages = counts[1];
    if (candidates <= size || candidates * 4 < pages) {
      return Cursor.start(rule);
    }
    long step = Math.max(1, (long) Math.ceil((double) size * pages / candidates));
    return new Cursor(false, null, null, false, 0L, step, writes.settledCount());
  }

  /** No count of writes: the index pass follows the page pass. */
  static final long UNKNOWN = -1;

  /** The table's current length in pages. */
  private static final String PAGES =
      "pg_relation_size('personal_data_record') / current_setting('block_size')::bigint AS pages";

  Result run(UUID run, Rule rule, LocalDate day, int size, Cursor from, Instant leaseUntil) {
    RunCommits.withoutWaitingForTheDisk(jdbc);
    Map<String, Object> params = new HashMap<>(DueRecords.params(rule, day));
    params.put("day", day);
    params.put("size", size);
    params.put("run", run);
    params.put("leaseUntil", Timestamp.from(leaseUntil));
    params.put("action", rule.action());
    params.put("afterKey", from.key() == null ? null : Timestamp.from(from.key()));
    params.put("afterId", from.id());
    boolean recipients = !rule.recipients().isEmpty();
    String sql =
        "WITH "
            + (from.page() != null
                ? pages(rule, from.page(), from.step())
                : from.reported() ? reported(from) : column(rule, from))
            + ",\ndated AS ("
            + DueSql.dated(rule, "scanned", "r.rowid, r.id", null)
            + "),\nchosen AS (SELECT rowid, id FROM dated WHERE due_on <= :day AND NOT held"
            + " ORDER BY rowid),\n"
            + erasure.deletionOnly()
            + bookkeeping(rule)
            + "SELECT (SELECT count(*) FROM position) AS scanned,"
            + " (SELECT key FROM position ORDER BY key DESC, id DESC LIMIT 1) AS last_key,"
            + " (SELECT id FROM position ORDER BY key DESC, id DESC LIMIT 1) AS last_id,"
            + " (SELECT count(*) FROM erased) AS erased,"
            + (recipients
                ? " (SELECT array_agg(DISTINCT subject_id) FROM erased) AS subjects"
                : " NULL::uuid[] AS subjects");
    return jdbc.sql(sql).params(params).query((rs, n) -> result(rule, from, rs)).single();
  }

  /** The table's length in pages now. */
  long pages() {
    return jdbc.sql("SELECT " + PAGES).query(Long.class).single();
  }

  /**
   * Where a rule goes after its page pass: along the index only if a record may have been written
   * behind the pass; otherwise straight to the records with reported events.
   */
  Cursor afterPages(Rule rule, Cursor pages) {
    boolean unwritten = pages.writesBefore() != UNKNOWN && writes.count() == pages.writesBefore();
    return unwritten ? new Cursor(true, null, null, !rule.kind().reportable()) : Cursor.start(rule);
  }

  /** The next candidates along the trigger column's index; {@code position} is the keyset. */
  private static String column(Rule rule, Cursor from) {
    String column = DueSql.column(rule.kind());
    String after = from.id() == null ? "" : " AND (c." + column + ", c.id) > (:afterKey, :afterId)";
    return "scanned AS MATERIALIZED (SELECT "
        + ROW
        + ", c."
        + column
        + " AS key FROM personal_data_record c WHERE c.activity = :activity AND c."
        + column
        + " < :bound"
        + after
        + " ORDER BY c."
        + column
        + ", c.id LIMIT :size),\nposition AS (SELECT key, id FROM scanned)";
  }

  /** The candidates in the next pages of the table. */
  private static String pages(Rule rule, long page, long step) {
    String column = DueSql.column(rule.kind());
    // Numbers in the text, not parameters: a generic plan for a prepared statement reads the
    // whole index instead of the pages.
    return "scanned AS MATERIALIZED (SELECT "
        + ROW
        + ", c."
        + column
        + " AS key FROM personal_data_record c WHERE c.ctid >= '("
        + page
        + ",0)'::tid AND c.ctid < '("
        + (page + step)
        + ",0)'::tid AND c.activity = :activity AND c."
        + column
        + " < :bound),\nposition AS (SELECT key, id FROM scanned)";
  }

  /** The next records with reported events, by id; {@code position} is the ids read. */
  private static String reported(Cursor from) {
    String after = from.id() == null ? "" : " WHERE x.id > :afterId";
    return "position AS MATERIALIZED (SELECT NULL::timestamptz AS key, x.id FROM ("
        + DueSql.REPORTED_CANDIDATES
        + ") x(id)"
        + after
        + " ORDER BY x.id LIMIT :size),\nscanned AS (SELECT "
        + ROW
        + " FROM personal_data_record c WHERE c.id IN (SELECT id FROM position))";
  }

  /**
   * The run's own tables, in the same statement: what anonymisation keeps, the people touched (for
   * {@link SweepSettlement}), counts, the lease.
   */
  private static String bookkeeping(Rule rule) {
    String kept =
        "anonymise".equals(rule.action())
            ? """
              kept AS (
                INSERT INTO retention_anonymised
                  (id, sweep_id, controller, activity, collected_year, anonymised_on)
                SELECT gen_random_uuid(), :run, e.controller, :activity,
                       extract(year FROM e.collected_at AT TIME ZONE 'Europe/Oslo')::int, :day
                FROM erased e),
              """
            : "";
    return kept
        + """
          queued AS (
            INSERT INTO retention_sweep_touched (subject_id)
            SELECT DISTINCT subject_id FROM erased),
          counted AS (
            INSERT INTO retention_sweep_count (sweep_id, activity, trigger, period, action, processed)
            SELECT :run, :activity, :trigger, :period, :action, count(*) FROM erased
            HAVING count(*) > 0
            ON CONFLICT (sweep_id, activity, action)
            DO UPDATE SET processed = retention_sweep_count.processed + excluded.processed),
          leased AS (UPDATE retention_sweep SET lease_until = :leaseUntil WHERE id = :run)
          """;
  }

  private static Result result(Rule rule, Cursor from, java.sql.ResultSet rs) throws SQLException {
    long scanned = rs.getLong("scanned");
    Cursor next;
    if (from.page() != null) {
      next = from;
    } else if (scanned == 0) {
      // This part of the candidates is done: on to the reported ones, or the rule is done.
      next =
          from.reported()
              ? new Cursor(true, null, null, true)
              : new Cursor(true, null, null, !rule.kind().reportable());
    } else {
      Timestamp key = rs.getTimestamp("last_key");
      next =
          new Cursor(
              from.reported(),
              key == null ? null : key.toInstant(),
              rs.getObject("last_id", UUID.class),
              false);
    }
    return new Result(rs.getLong("erased"), List.of(uuids(rs.getArray("subjects"))), next);
  }

  private static UUID[] uuids(@Nullable Array array) throws SQLException {
    return array == null ? new UUID[0] : (UUID[]) array.getArray();
  }
}
