package no.vern.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Does what an attacker with the table owner's rights could: switches the append-only triggers off,
 * changes a row and switches them on again, all in one transaction so that no other session ever
 * sees the table unguarded (ALTER TABLE holds an exclusive lock until commit).
 */
class AuditTampering {

  private final DataSource dataSource;

  AuditTampering(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void setResourceId(long entryId, String resourceId) throws SQLException {
    behindTheTriggers(
        "audit_entry", "UPDATE audit_entry SET resource_id = ? WHERE id = ?", resourceId, entryId);
  }

  void setReportedActor(long entryId, String reportedActor) throws SQLException {
    behindTheTriggers(
        "audit_entry",
        "UPDATE audit_entry SET reported_actor = ? WHERE id = ?",
        reportedActor,
        entryId);
  }

  void setCheckpointSignature(long checkpointId, byte[] signature) throws SQLException {
    behindTheTriggers(
        "audit_checkpoint",
        "UPDATE audit_checkpoint SET signature = ? WHERE id = ?",
        signature,
        checkpointId);
  }

  private void behindTheTriggers(String table, String update, Object value, long id)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          PreparedStatement ps = c.prepareStatement(update)) {
        s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
        ps.setObject(1, value);
        ps.setLong(2, id);
        if (ps.executeUpdate() != 1) {
          throw new IllegalStateException("No row " + id + " in " + table);
        }
        s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }
}
