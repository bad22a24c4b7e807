package no.vern.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import no.vern.audit.domain.ChainEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * audit_pending: entries written in the transaction of the action they record, waiting for the
 * chain writer to seal them. Writes join the caller's transaction (same data source, same
 * transaction manager), so an entry exists exactly when its action committed.
 */
@Repository
class AuditPending {

  /** One entry as the action's transaction writes it. */
  record Row(AuditRecord record, Instant occurredAt, String correlationId) {}

  private static final String INSERT =
      "INSERT INTO audit_pending (occurred_at, actor_type, actor_id, action_code, resource_type,"
          + " resource_id, outcome, correlation_id, reported_actor, reason)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String TAKE =
      "DELETE FROM audit_pending WHERE id IN"
          + " (SELECT id FROM audit_pending ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)"
          + " RETURNING id, occurred_at, actor_type, actor_id, action_code, resource_type,"
          + " resource_id, outcome, correlation_id, reported_actor, reason";

  private record Taken(long id, ChainEntry entry) {}

  private final JdbcTemplate jdbc;

  AuditPending(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(List<Row> rows) {
    jdbc.batchUpdate(INSERT, rows, rows.size(), AuditPending::bind);
  }

  long count() {
    Long count = jdbc.queryForObject("SELECT count(*) FROM audit_pending", Long.class);
    return count == null ? 0 : count;
  }

  /** On the chain writer's connections, which must not wait for Vern's pool. */
  static boolean any(JdbcTemplate jdbc) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM audit_pending)", Boolean.class));
  }

  /**
   * Removes up to {@code limit} of the oldest entries and returns them unsealed, oldest first. Only
   * the chain writer's transaction may (the V0015 trigger), and it appends them in the same one, on
   * its own connections.
   */
  static List<ChainEntry> take(JdbcTemplate jdbc, int limit) {
    // RETURNING promises no order; the order they were written in is the order of their ids.
    return jdbc.query(TAKE, AuditPending::taken, limit).stream()
        .sorted(Comparator.comparingLong(Taken::id))
        .map(Taken::entry)
        .toList();
  }

  private static void bind(PreparedStatement ps, Row row) throws SQLException {
    AuditRecord r = row.record();
    ps.setObject(1, row.occurredAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    ps.setString(2, r.actorType().name());
    ps.setString(3, r.actorId());
    ps.setInt(4, r.action().code());
    ps.setString(5, r.resourceType());
    ps.setString(6, r.resourceId());
    ps.setString(7, r.outcome().name());
    ps.setString(8, row.correlationId());
    ps.setString(9, r.reportedActor());
    ps.setString(10, r.reason());
  }

  private static Taken taken(ResultSet rs, int rowNum) throws SQLException {
    return new Taken(rs.getLong(1), EntryColumns.facts(rs));
  }
}
