package no.vern.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.retention.RetentionRules.Rule;
import no.vern.shared.lock.AdvisoryLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The runs of the sweep, their leases and their counts. */
@Repository
class SweepRuns {

  /** A run as stored. */
  record Run(
      UUID id,
      Instant startedAt,
      LocalDate sweptDay,
      int inventoryVersion,
      String actor,
      Instant finishedAt,
      String certificate) {}

  /** One line of a run's counts. */
  record Count(
      String activity, String trigger, String period, String action, long processed, long held) {}

  private final JdbcClient jdbc;

  SweepRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * In the caller's transaction, under the sweep's lock: a run whose lease still runs means another
   * sweep is at work (empty); one whose lease ran out is taken over, so its evidence covers what it
   * did before it died; else a new run starts.
   */
  Optional<UUID> begin(LocalDate day, int version, String actor, Instant now, Duration lease) {
    jdbc.sql(AdvisoryLock.TRANSACTION_LOCK_SQL)
        .param(RetentionLocks.SWEEP.key())
        .query()
        .singleRow();
    Optional<Run> open =
        jdbc.sql(SELECT + " WHERE finished_at IS NULL ORDER BY started_at LIMIT 1")
            .query(SweepRuns::map)
            .optional();
    Timestamp until = Timestamp.from(now.plus(lease));
    if (open.isPresent()) {
      boolean alive =
          jdbc.sql("SELECT lease_until > ? FROM retention_sweep WHERE id = ?")
              .params(Timestamp.from(now), open.get().id())
              .query(Boolean.class)
              .single();
      if (alive) {
        return Optional.empty();
      }
      jdbc.sql(
              "UPDATE retention_sweep SET lease_until = ?, swept_day = greatest(swept_day, ?),"
                  + " inventory_version = ? WHERE id = ?")
          .params(until, Date.valueOf(day), version, open.get().id())
          .update();
      return Optional.of(open.get().id());
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO retention_sweep (id, started_at, swept_day, inventory_version, actor,"
                + " lease_until) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, Timestamp.from(now), Date.valueOf(day), version, actor, until)
        .update();
    return Optional.of(id);
  }

  LocalDate sweptDay(UUID run) {
    return jdbc.sql("SELECT swept_day FROM retention_sweep WHERE id = ?")
        .param(run)
        .query(LocalDate.class)
        .single();
  }

  void extend(UUID run, Instant until) {
    jdbc.sql("UPDATE retention_sweep SET lease_until = ? WHERE id = ?")
        .params(Timestamp.from(until), run)
        .update();
  }

  void count(UUID run, Rule rule, long processed) {
    jdbc.sql(
            """
            INSERT INTO retention_sweep_count (sweep_id, activity, trigger, period, action, processed)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sweep_id, activity, action)
            DO UPDATE SET processed = retention_sweep_count.processed + excluded.processed""")
        .params(
            run,
            rule.activity(),
            rule.trigger(),
            rule.period().toString(),
            rule.action(),
            processed)
        .update();
  }

  void held(UUID run, Rule rule, long held) {
    jdbc.sql(
            """
            INSERT INTO retention_sweep_count (sweep_id, activity, trigger, period, action, held)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sweep_id, activity, action)
            DO UPDATE SET held = excluded.held""")
        .params(run, rule.activity(), rule.trigger(), rule.period().toString(), rule.action(), held)
        .update();
  }

  List<Count> counts(UUID run) {
    return jdbc.sql(
            "SELECT activity, trigger, period, action, processed, held FROM retention_sweep_count"
                + " WHERE sweep_id = ? ORDER BY activity, action")
        .param(run)
        .query(
            (rs, n) ->
                new Count(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getLong(6)))
        .list();
  }

  Optional<Run> find(UUID run) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(run).query(SweepRuns::map).optional();
  }

  List<Run> latest(int limit) {
    return jdbc.sql(SELECT + " ORDER BY started_at DESC LIMIT ?")
        .param(limit)
        .query(SweepRuns::map)
        .list();
  }

  void finish(UUID run, Instant at, String certificate, String sha256) {
    jdbc.sql(
            "UPDATE retention_sweep SET finished_at = ?, certificate = ?, evidence_sha256 = ?"
                + " WHERE id = ?")
        .params(Timestamp.from(at), certificate, sha256, run)
        .update();
  }

  private static final String SELECT =
      "SELECT id, started_at, swept_day, inventory_version, actor, finished_at, certificate"
          + " FROM retention_sweep";

  private static Run map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new Run(
        rs.getObject("id", UUID.class),
        rs.getTimestamp("started_at").toInstant(),
        rs.getObject("swept_day", LocalDate.class),
        rs.getInt("inventory_version"),
        rs.getString("actor"),
        finished == null ? null : finished.toInstant(),
        rs.getString("certificate"));
  }
}
