package no.vern.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Uses the resource index ({@code audit_entry_resource}). */
@Service
class JdbcAuditHistory implements AuditHistory {

  private final JdbcClient jdbc;

  JdbcAuditHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Entry> about(String resourceType, String resourceId, int limit) {
    return jdbc.sql(
            """
            SELECT occurred_at, actor_type, action_code, outcome FROM audit_entry
            WHERE resource_type = ? AND resource_id = ? ORDER BY id DESC LIMIT ?""")
        .params(resourceType, resourceId, limit)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    AuditActions.ofCode(rs.getInt(3)),
                    rs.getString(4)))
        .list();
  }
}
