package no.vern.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the trail for the admin view and the API. Every filter has an index behind it. */
@Repository
class AuditEntries {

  private final JdbcTemplate jdbc;

  AuditEntries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<AuditEntryRow> find(AuditEntryQuery q) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, occurred_at, actor_type, actor_id, action_code, resource_type,"
                + " resource_id, outcome, correlation_id, hash, reported_actor, reason"
                + " FROM audit_entry WHERE true");
    List<Object> args = new ArrayList<>();
    condition(sql, args, " AND occurred_at >= ?", q.from() == null ? null : utc(q));
    condition(
        sql, args, " AND occurred_at < ?", q.to() == null ? null : q.to().atOffset(ZoneOffset.UTC));
    condition(sql, args, " AND action_code = ?", q.actionCode());
    condition(sql, args, " AND actor_type = ?", q.actorType());
    condition(sql, args, " AND actor_id = ?", q.actorId());
    condition(sql, args, " AND resource_type = ?", q.resourceType());
    condition(sql, args, " AND resource_id = ?", q.resourceId());
    condition(sql, args, " AND id < ?", q.before());
    sql.append(" ORDER BY id DESC LIMIT ?");
    args.add(q.limit());
    return jdbc.query(sql.toString(), AuditEntries::row, args.toArray());
  }

  private static OffsetDateTime utc(AuditEntryQuery q) {
    return q.from().atOffset(ZoneOffset.UTC);
  }

  private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      args.add(value);
    }
  }

  private static AuditEntryRow row(ResultSet rs, int rowNum) throws SQLException {
    int code = rs.getInt(5);
    return new AuditEntryRow(
        rs.getLong(1),
        rs.getObject(2, OffsetDateTime.class),
        rs.getString(3),
        rs.getString(4),
        code,
        actionName(code),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(11),
        rs.getString(12),
        HexFormat.of().formatHex(rs.getBytes(10)));
  }

  /** Codes written by a newer Vern are shown as numbers rather than failing the page. */
  private static String actionName(int code) {
    try {
      return AuditActions.ofCode(code).name();
    } catch (IllegalArgumentException e) {
      return Integer.toString(code);
    }
  }
}
