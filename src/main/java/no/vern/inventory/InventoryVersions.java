package no.vern.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.vern.shared.lock.AdvisoryLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only table of accepted inventories; the highest number is in force. */
@Repository
class InventoryVersions {

  /** Arbitrary but fixed: the key every instance locks to number a new version. */

  /** A stored version: the canonical YAML, not yet parsed. */
  record Row(int number, String document, String sha256, Instant activatedAt, String activatedBy) {

    InventoryVersion.Summary summary() {
      return new InventoryVersion.Summary(number, sha256, activatedAt, activatedBy);
    }
  }

  private final JdbcClient jdbc;

  InventoryVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Held until the transaction ends: serialises activations across instances. */
  void lockForActivation() {
    jdbc.sql(AdvisoryLock.TRANSACTION_LOCK_SQL)
        .param(InventoryLocks.ACTIVATION.key())
        .query()
        .singleRow();
  }

  int highestNumber() {
    return jdbc.sql("SELECT coalesce(max(number), 0) FROM inventory_version")
        .query(Integer.class)
        .single();
  }

  Optional<Row> find(int number) {
    return jdbc.sql(
            "SELECT number, document, sha256, activated_at, activated_by"
                + " FROM inventory_version WHERE number = ?")
        .param(number)
        .query(InventoryVersions::map)
        .optional();
  }

  List<InventoryVersion.Summary> summaries() {
    return jdbc
        .sql(
            "SELECT number, '' AS document, sha256, activated_at, activated_by"
                + " FROM inventory_version ORDER BY number DESC")
        .query(InventoryVersions::map)
        .list()
        .stream()
        .map(Row::summary)
        .toList();
  }

  void insert(Row row) {
    jdbc.sql(
            "INSERT INTO inventory_version (number, document, sha256, activated_at, activated_by)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            row.number(),
            row.document(),
            row.sha256(),
            Timestamp.from(row.activatedAt()),
            row.activatedBy())
        .update();
  }

  private static Row map(ResultSet rs, int rowNum) throws SQLException {
    return new Row(
        rs.getInt("number"),
        rs.getString("document"),
        rs.getString("sha256"),
        rs.getTimestamp("activated_at").toInstant(),
        rs.getString("activated_by"));
  }
}
