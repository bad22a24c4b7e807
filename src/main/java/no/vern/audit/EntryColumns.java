package no.vern.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import no.vern.audit.domain.ChainEntry;
import no.vern.audit.domain.Micros;

/**
 * Reads an entry's facts from the columns every query of audit_entry and audit_pending names in
 * this order, starting at column 2: occurred_at, actor_type, actor_id, action_code, resource_type,
 * resource_id, outcome, correlation_id, reported_actor, reason. Raw columns, not an AuditRecord: a
 * code this version does not know is still sealed and verified.
 */
final class EntryColumns {

  private EntryColumns() {}

  /** The facts, not yet placed on the chain (id 0, no hashes). */
  static ChainEntry facts(ResultSet rs) throws SQLException {
    return new ChainEntry(
        0,
        Micros.of(rs.getObject(2, OffsetDateTime.class)),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        null,
        null);
  }
}
