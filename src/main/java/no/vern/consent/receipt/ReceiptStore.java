package no.vern.consent.receipt;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for receipts, append-only like the events. */
@Repository
class ReceiptStore {

  record Stored(UUID event, String kid, String jws) {}

  private final JdbcClient jdbc;

  ReceiptStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID event, String kid, String jws, Instant at) {
    jdbc.sql("INSERT INTO consent_receipt (event_id, kid, jws, created_at) VALUES (?, ?, ?, ?)")
        .params(event, kid, jws, Timestamp.from(at))
        .update();
  }

  Optional<Stored> find(UUID event) {
    return jdbc.sql("SELECT event_id, kid, jws FROM consent_receipt WHERE event_id = ?")
        .param(event)
        .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
        .optional();
  }
}
