package no.vern.dsr.request;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.dsr.domain.RequestState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code dsr_request}: the explicit SQL of the request itself. */
@Repository
class RequestRows {

  static final String COLUMNS =
      "id, reference, subject_id, state, rights, channel, controller, language, contact,"
          + " description, received_at, first_due_at, due_at, extension_reason, denial_ground,"
          + " denial_reason, verification_method, verification_reason, assignee, created_at";

  private final JdbcClient jdbc;

  RequestRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(RequestRow r, Instant now) {
    jdbc.sql(
            "INSERT INTO dsr_request ("
                + COLUMNS
                + ", updated_at) VALUES (:id, :reference,"
                + " :subject, :state, :rights::text[], :channel, :controller, :language, :contact,"
                + " :description, :received, :firstDue, :due, NULL, NULL, NULL, :method, :reason,"
                + " NULL, :now, :now)")
        .param("id", r.id())
        .param("reference", r.reference())
        .param("subject", r.subjectId())
        .param("state", r.state().name())
        .param("rights", "{" + String.join(",", r.rights()) + "}")
        .param("channel", r.channel())
        .param("controller", r.controller())
        .param("language", r.language())
        .param("contact", r.contact())
        .param("description", r.description())
        .param("received", r.receivedAt())
        .param("firstDue", r.firstDueAt())
        .param("due", r.dueAt())
        .param("method", r.verificationMethod())
        .param("reason", r.verificationReason())
        .param("now", Timestamp.from(now))
        .update();
  }

  /** The row, locked for the caller's transaction so two steps never race. */
  Optional<RequestRow> lock(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM dsr_request WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(RequestRows::row)
        .optional();
  }

  Optional<RequestRow> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM dsr_request WHERE id = :id")
        .param("id", id)
        .query(RequestRows::row)
        .optional();
  }

  void move(UUID id, RequestState state, Instant now) {
    jdbc.sql("UPDATE dsr_request SET state = :state, updated_at = :now WHERE id = :id")
        .param("state", state.name())
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  void verified(UUID id, String method, @Nullable String reason) {
    jdbc.sql(
            "UPDATE dsr_request SET verification_method = :method, verification_reason = :reason"
                + " WHERE id = :id")
        .param("method", method)
        .param("reason", reason)
        .param("id", id)
        .update();
  }

  void extended(UUID id, LocalDate due, String reason) {
    jdbc.sql("UPDATE dsr_request SET due_at = :due, extension_reason = :reason WHERE id = :id")
        .param("due", due)
        .param("reason", reason)
        .param("id", id)
        .update();
  }

  void denied(UUID id, String ground, String reason) {
    jdbc.sql(
            "UPDATE dsr_request SET denial_ground = :ground, denial_reason = :reason WHERE id = :id")
        .param("ground", ground)
        .param("reason", reason)
        .param("id", id)
        .update();
  }

  void assign(UUID id, @Nullable String assignee) {
    jdbc.sql("UPDATE dsr_request SET assignee = :assignee WHERE id = :id")
        .param("assignee", assignee)
        .param("id", id)
        .update();
  }

  /** Forgets the address and what the person wrote (expiry, or nothing held about an address). */
  void purge(UUID id) {
    jdbc.sql("UPDATE dsr_request SET contact = NULL, description = NULL WHERE id = :id")
        .param("id", id)
        .update();
  }

  static RequestRow row(ResultSet rs, int n) throws SQLException {
    Array rights = rs.getArray("rights");
    return new RequestRow(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        rs.getObject("subject_id", UUID.class),
        RequestState.valueOf(rs.getString("state")),
        Arrays.asList((String[]) rights.getArray()),
        rs.getString("channel"),
        rs.getString("controller"),
        rs.getString("language"),
        rs.getBytes("contact"),
        rs.getBytes("description"),
        rs.getObject("received_at", LocalDate.class),
        rs.getObject("first_due_at", LocalDate.class),
        rs.getObject("due_at", LocalDate.class),
        rs.getString("extension_reason"),
        rs.getString("denial_ground"),
        rs.getString("denial_reason"),
        rs.getString("verification_method"),
        rs.getString("verification_reason"),
        rs.getString("assignee"),
        rs.getTimestamp("created_at").toInstant());
  }

  static List<String> rights(ResultSet rs) throws SQLException {
    return Arrays.asList((String[]) rs.getArray("rights").getArray());
  }
}
