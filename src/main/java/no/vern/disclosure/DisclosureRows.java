package no.vern.disclosure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code disclosure} rows; no audit here (callers audit what they do). */
@Repository
class DisclosureRows {

  /** The subject and every subject merged into it: disclosures follow the person. */
  static final String FAMILY =
      "subject_id IN (SELECT id FROM subject WHERE id = :subject OR merged_into = :subject)";

  private static final String COLUMNS =
      "id, subject_id, recipient, recipient_role, activities, legal_bases, data_categories,"
          + " disclosed_at, reason, record_count, case_reference, transfer_mechanism, confidential,"
          + " confidential_ground, request_id, actor, recorded_at, batch_id";

  private final JdbcClient jdbc;

  DisclosureRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, NewDisclosure d, String actor, Instant now, @Nullable UUID batch) {
    jdbc.sql(
            "INSERT INTO disclosure ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            d.subject().value(),
            d.recipient(),
            d.recipientRole(),
            d.activities().toArray(String[]::new),
            d.legalBases().toArray(String[]::new),
            d.dataCategories().toArray(String[]::new),
            Timestamp.from(d.disclosedAt()),
            d.reason(),
            d.recordCount(),
            d.caseReference(),
            d.transferMechanism(),
            d.confidential(),
            d.confidentialGround(),
            d.requestId(),
            actor,
            Timestamp.from(now),
            batch)
        .update();
  }

  /** The person's disclosures (and those of subjects merged into them), oldest first. */
  List<DisclosureRow> of(SubjectId subject) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM disclosure WHERE " + FAMILY + " ORDER BY disclosed_at, id")
        .param("subject", subject.value())
        .query(DisclosureRows::row)
        .list();
  }

  /** The newest of the whole register, for the DPO's overview. */
  List<DisclosureRow> newest(int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM disclosure ORDER BY disclosed_at DESC, id LIMIT :limit")
        .param("limit", limit)
        .query(DisclosureRows::row)
        .list();
  }

  private static DisclosureRow row(ResultSet rs, int n) throws SQLException {
    Timestamp recorded = rs.getTimestamp("recorded_at");
    return new DisclosureRow(
        rs.getObject("id", UUID.class),
        rs.getObject("subject_id", UUID.class),
        rs.getString("recipient"),
        rs.getString("recipient_role"),
        list(rs.getArray("activities")),
        list(rs.getArray("legal_bases")),
        list(rs.getArray("data_categories")),
        rs.getTimestamp("disclosed_at").toInstant(),
        rs.getString("reason"),
        rs.getInt("record_count"),
        rs.getString("case_reference"),
        rs.getString("transfer_mechanism"),
        rs.getBoolean("confidential"),
        rs.getString("confidential_ground"),
        rs.getObject("request_id", UUID.class),
        rs.getString("actor"),
        recorded == null ? null : recorded.toInstant(),
        rs.getObject("batch_id", UUID.class));
  }

  private static List<String> list(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}
