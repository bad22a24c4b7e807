package no.vern.breach;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the register's rows; no audit here (the register audits what it does). */
@Repository
class BreachRows {

  private static final String COLUMNS =
      "id, summary, type, aware_at, notify_by, occurred_from, occurred_to, reporter_kind,"
          + " reported_by, main_cause, what_happened, data_categories, subject_categories,"
          + " approx_subjects, approx_records, relationship, data_location, consequences,"
          + " measures_taken, measures_planned, risk, risk_reasoning, notify_decision,"
          + " decision_reason, subjects_informed, contact, exception_ground, exception_reason,"
          + " public_notice, recorded_by, recorded_at, updated_at";

  private static final String NOTIFICATION_COLUMNS =
      "id, breach_id, recipient, phase, notified_at, channel, reference, adds, late,"
          + " delay_reasons, recorded_by, recorded_at";

  private final JdbcClient jdbc;

  BreachRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code columns} come from {@link BreachCheck}, so their names are the table's own. */
  void insert(UUID id, Map<String, Object> columns, String actor, Instant now) {
    String names = String.join(", ", columns.keySet());
    String marks = columns.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
    jdbc.sql(
            "INSERT INTO breach (id, "
                + names
                + ", recorded_by, recorded_at, updated_at) VALUES (:id, "
                + marks
                + ", :actor, :now, :now)")
        .params(columns)
        .param("id", id)
        .param("actor", actor)
        .param("now", Timestamp.from(now))
        .update();
  }

  void update(UUID id, Map<String, Object> columns, Instant now) {
    String sets =
        columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
    jdbc.sql(
            "UPDATE breach SET "
                + (sets.isEmpty() ? "" : sets + ", ")
                + "updated_at = :now WHERE id = :id")
        .params(columns)
        .param("id", id)
        .param("now", Timestamp.from(now))
        .update();
  }

  Optional<BreachRow> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM breach WHERE id = ?")
        .param(id)
        .query(BreachRows::row)
        .optional();
  }

  /** Locks the row for the rest of the transaction: changes to one breach happen one at a time. */
  Optional<BreachRow> lock(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM breach WHERE id = ? FOR UPDATE")
        .param(id)
        .query(BreachRows::row)
        .optional();
  }

  /** Newest awareness first. */
  List<BreachRow> all(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM breach ORDER BY aware_at DESC, id LIMIT ?")
        .param(limit)
        .query(BreachRows::row)
        .list();
  }

  void insertNotification(NotificationRow n, @Nullable String document) {
    jdbc.sql(
            "INSERT INTO breach_notification ("
                + NOTIFICATION_COLUMNS
                + ", document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")
        .params(
            n.id(),
            n.breach(),
            n.recipient(),
            n.phase(),
            Timestamp.from(n.notifiedAt()),
            n.channel(),
            n.reference(),
            n.adds(),
            n.late(),
            n.delayReasons(),
            n.recordedBy(),
            Timestamp.from(n.recordedAt()),
            document)
        .update();
  }

  List<NotificationRow> notifications(UUID breach) {
    return jdbc.sql(
            "SELECT "
                + NOTIFICATION_COLUMNS
                + " FROM breach_notification WHERE breach_id = ? ORDER BY notified_at, recorded_at")
        .param(breach)
        .query(BreachRows::notification)
        .list();
  }

  /** The ids of breaches Datatilsynet was notified of, among these. */
  List<UUID> notifiedToAuthority(List<UUID> breaches) {
    if (breaches.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT DISTINCT breach_id FROM breach_notification"
                + " WHERE recipient = 'datatilsynet' AND breach_id IN (:ids)")
        .param("ids", breaches)
        .query(UUID.class)
        .list();
  }

  static BreachRow row(ResultSet rs, int n) throws SQLException {
    return new BreachRow(
        rs.getObject("id", UUID.class),
        rs.getString("summary"),
        rs.getString("type"),
        instant(rs, "aware_at"),
        instant(rs, "notify_by"),
        instant(rs, "occurred_from"),
        instant(rs, "occurred_to"),
        rs.getString("reporter_kind"),
        rs.getString("reported_by"),
        rs.getString("main_cause"),
        rs.getString("what_happened"),
        strings(rs.getArray("data_categories")),
        strings(rs.getArray("subject_categories")),
        (Integer) rs.getObject("approx_subjects"),
        (Integer) rs.getObject("approx_records"),
        rs.getString("relationship"),
        rs.getString("data_location"),
        rs.getString("consequences"),
        rs.getString("measures_taken"),
        rs.getString("measures_planned"),
        rs.getString("risk"),
        rs.getString("risk_reasoning"),
        rs.getString("notify_decision"),
        rs.getString("decision_reason"),
        rs.getString("subjects_informed"),
        rs.getString("contact"),
        rs.getString("exception_ground"),
        rs.getString("exception_reason"),
        rs.getString("public_notice"),
        rs.getString("recorded_by"),
        instant(rs, "recorded_at"),
        instant(rs, "updated_at"));
  }

  static NotificationRow notification(ResultSet rs, int n) throws SQLException {
    return new NotificationRow(
        rs.getObject("id", UUID.class),
        rs.getObject("breach_id", UUID.class),
        rs.getString("recipient"),
        rs.getString("phase"),
        instant(rs, "notified_at"),
        rs.getString("channel"),
        rs.getString("reference"),
        rs.getString("adds"),
        rs.getBoolean("late"),
        rs.getString("delay_reasons"),
        rs.getString("recorded_by"),
        instant(rs, "recorded_at"));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
