package no.vern.consent.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.consent.ConsentEntry;
import no.vern.consent.ConsentEventId;
import no.vern.consent.ConsentStatus;
import no.vern.subject.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the append-only events (the table's triggers refuse updates and deletes). */
@Repository
public class ConsentEvents {

  /**
   * One event as stored, before it is turned into an entry or a receipt: the one row type of {@code
   * consent_event}, written and read here alone.
   */
  public record Row(
      UUID id,
      UUID subject,
      String purpose,
      ConsentStatus status,
      Instant at,
      int noticeVersion,
      String language,
      String textSha256,
      String channel,
      String method,
      byte[] addressHmac,
      Long addressKeyId,
      String userAgent,
      String actorType,
      String actorId) {}

  private static final String COLUMNS =
      "e.id, e.subject_id, e.purpose, e.status, e.occurred_at, e.notice_version, e.language,"
          + " e.text_sha256, e.channel, e.method, e.address_hmac, e.address_key_id, e.user_agent,"
          + " e.actor_type, e.actor_id";

  private final JdbcClient jdbc;

  ConsentEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Row row) {
    jdbc.sql(
            """
            INSERT INTO consent_event
              (id, subject_id, purpose, status, occurred_at, notice_version, language, text_sha256,
               channel, method, address_hmac, address_key_id, user_agent, actor_type, actor_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            row.id(),
            row.subject(),
            row.purpose(),
            row.status().name(),
            Timestamp.from(row.at()),
            row.noticeVersion(),
            row.language(),
            row.textSha256(),
            row.channel(),
            row.method(),
            row.addressHmac(),
            row.addressKeyId(),
            row.userAgent(),
            row.actorType(),
            row.actorId())
        .update();
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM consent_event e WHERE e.id = ?")
        .param(id)
        .query(ConsentEvents::row)
        .optional();
  }

  /** Oldest first, with whether each has a receipt. */
  List<ConsentEntry> history(SubjectId subject) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", r.event_id IS NOT NULL AS receipt FROM consent_event e"
                + " LEFT JOIN consent_receipt r ON r.event_id = e.id"
                + " WHERE e.subject_id = ? ORDER BY e.seq")
        .param(subject.value())
        .query((rs, n) -> entry(row(rs, n), rs.getBoolean("receipt")))
        .list();
  }

  private static ConsentEntry entry(Row r, boolean receipt) {
    return new ConsentEntry(
        new ConsentEventId(r.id()),
        new SubjectId(r.subject()),
        r.purpose(),
        r.status(),
        r.at(),
        r.noticeVersion(),
        r.language(),
        r.textSha256(),
        r.channel(),
        r.method(),
        r.addressHmac() == null ? null : HexFormat.of().formatHex(r.addressHmac()),
        r.addressKeyId(),
        r.userAgent(),
        r.actorType(),
        r.actorId(),
        receipt);
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    long keyId = rs.getLong("address_key_id");
    Long addressKeyId = rs.wasNull() ? null : keyId;
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("subject_id", UUID.class),
        rs.getString("purpose"),
        ConsentStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getInt("notice_version"),
        rs.getString("language"),
        rs.getString("text_sha256"),
        rs.getString("channel"),
        rs.getString("method"),
        rs.getBytes("address_hmac"),
        addressKeyId,
        rs.getString("user_agent"),
        rs.getString("actor_type"),
        rs.getString("actor_id"));
  }
}
