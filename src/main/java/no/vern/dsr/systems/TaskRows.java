package no.vern.dsr.systems;

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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code dsr_task}: the tasks and notices, and the webhook outbox they form. */
@Repository
class TaskRows {

  private static final String COLUMNS =
      "id, request_id, subject_id, sweep_id, kind, type, system_id, recipient, channel,"
          + " activities, fields, state, identities, due_at, attempts, next_attempt_at,"
          + " last_attempt_at, last_error, via_task, created_at, closed_at, closed_by, note";

  private final JdbcClient jdbc;

  TaskRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a task; a sweep's second task for one person and system adds nothing (false). */
  boolean insert(TaskRow t) {
    return jdbc.sql(
                "INSERT INTO dsr_task ("
                    + COLUMNS
                    + ") VALUES (:id, :request, :subject, :sweep, :kind, :type, :system,"
                    + " :recipient, :channel, :activities, :fields, :state, :identities, :due, 0,"
                    + " :next, NULL, NULL, :via, :created, NULL, NULL, :note)"
                    + " ON CONFLICT DO NOTHING")
            .param("id", t.id())
            .param("request", t.requestId())
            .param("subject", t.subjectId())
            .param("sweep", t.sweepId())
            .param("kind", t.kind())
            .param("type", t.type())
            .param("system", t.systemId())
            .param("recipient", t.recipient())
            .param("channel", t.channel())
            .param("activities", t.activities().toArray(String[]::new))
            .param("fields", t.fields().toArray(String[]::new))
            .param("state", t.state())
            .param("identities", t.identities())
            .param("due", t.dueAt())
            .param("next", ts(t.nextAttemptAt()))
            .param("via", t.viaTask())
            .param("created", Timestamp.from(t.createdAt()))
            .param("note", t.note())
            .update()
        == 1;
  }

  /** Adds an activity to a sweep's task for the person and system (it took another record). */
  void addActivity(UUID sweep, UUID subject, String system, String activity) {
    jdbc.sql(
            "UPDATE dsr_task SET activities = array_append(activities, :activity)"
                + " WHERE sweep_id = :sweep AND subject_id = :subject AND system_id = :system"
                + " AND NOT (:activity = ANY(activities))")
        .param("activity", activity)
        .param("sweep", sweep)
        .param("subject", subject)
        .param("system", system)
        .update();
  }

  Optional<TaskRow> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM dsr_task WHERE id = :id")
        .param("id", id)
        .query(TaskRows::row)
        .optional();
  }

  Optional<TaskRow> lock(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM dsr_task WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(TaskRows::row)
        .optional();
  }

  /** The request's tasks, systems first, then notices, each oldest first. */
  List<TaskRow> ofRequest(UUID request) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM dsr_task WHERE request_id = :request"
                + " ORDER BY kind DESC, created_at, system_id, recipient")
        .param("request", request)
        .query(TaskRows::row)
        .list();
  }

  /**
   * Every task and notice still open, with or without a request, newest first: the page where the
   * sweep's tasks (which have no request) are done.
   */
  List<TaskRow> open(int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM dsr_task WHERE state IN ('open', 'sent', 'refused')"
                + " ORDER BY created_at DESC, id LIMIT :limit")
        .param("limit", limit)
        .query(TaskRows::row)
        .list();
  }

  /**
   * Cancels the request's system tasks that are not done: the request ended without an answer, so
   * nothing is to be sent any more. The ids cancelled, for the audit.
   */
  List<UUID> cancelOpen(UUID request, Instant at) {
    return jdbc.sql(
            "UPDATE dsr_task SET state = 'cancelled', closed_at = :at, closed_by = 'system:vern',"
                + " identities = NULL, next_attempt_at = NULL, last_error = NULL"
                + " WHERE request_id = :request AND kind = 'system'"
                + " AND state IN ('open', 'sent', 'refused') RETURNING id")
        .param("request", request)
        .param("at", Timestamp.from(at))
        .query(UUID.class)
        .list();
  }

  /**
   * Takes up to {@code limit} due webhook tasks and leases them until {@code until}, so that a run
   * on another instance, or a second run here, does not send them again meanwhile.
   */
  List<TaskRow> claimDue(Instant now, Instant until, int limit) {
    return jdbc.sql(
            "UPDATE dsr_task SET next_attempt_at = :until WHERE id IN (SELECT id FROM dsr_task"
                + " WHERE state = 'open' AND channel = 'webhook' AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING "
                + COLUMNS)
        .param("now", Timestamp.from(now))
        .param("until", Timestamp.from(until))
        .param("limit", limit)
        .query(TaskRows::row)
        .list();
  }

  /** The system took the task (2xx): it waits for the callback. */
  void sent(UUID id, Instant at) {
    jdbc.sql(
            "UPDATE dsr_task SET state = 'sent', attempts = attempts + 1, last_attempt_at = :at,"
                + " last_error = NULL, next_attempt_at = NULL WHERE id = :id AND state = 'open'")
        .param("id", id)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** An attempt failed: the error (a status or a cause, never a body) and the next attempt. */
  void failed(UUID id, Instant at, String error, Instant next) {
    jdbc.sql(
            "UPDATE dsr_task SET attempts = attempts + 1, last_attempt_at = :at, last_error ="
                + " :error, next_attempt_at = :next WHERE id = :id AND state = 'open'")
        .param("id", id)
        .param("at", Timestamp.from(at))
        .param("error", error)
        .param("next", Timestamp.from(next))
        .update();
  }

  /** Closes or moves a task; a closed one loses its identities. */
  void state(UUID id, String state, Instant at, String by, @Nullable String note) {
    boolean closing = TaskRow.CLOSING.contains(state);
    jdbc.sql(
            "UPDATE dsr_task SET state = :state, note = COALESCE(:note, note),"
                + " closed_at = CASE WHEN :closing THEN :at ELSE closed_at END,"
                + " closed_by = CASE WHEN :closing THEN :by ELSE closed_by END,"
                + " identities = CASE WHEN :closing THEN NULL ELSE identities END,"
                + " last_error = CASE WHEN :closing THEN NULL ELSE last_error END,"
                + " next_attempt_at = CASE WHEN :closing THEN NULL ELSE next_attempt_at END"
                + " WHERE id = :id")
        .param("id", id)
        .param("state", state)
        .param("note", note)
        .param("closing", closing)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .update();
  }

  /** A failing webhook task is tried at the next run of the outbox. */
  void retryNow(UUID id, Instant now) {
    jdbc.sql("UPDATE dsr_task SET next_attempt_at = :now WHERE id = :id AND state = 'open'")
        .param("id", id)
        .param("now", Timestamp.from(now))
        .update();
  }

  /** The notices that went through this system task. */
  List<UUID> noticesVia(UUID task) {
    return jdbc.sql("SELECT id FROM dsr_task WHERE via_task = :task AND state <> 'acknowledged'")
        .param("task", task)
        .query(UUID.class)
        .list();
  }

  void saveIdentities(UUID request, byte[] identities, Instant at) {
    jdbc.sql(
            "INSERT INTO dsr_task_identity (request_id, identities, created_at)"
                + " VALUES (:request, :identities, :at) ON CONFLICT (request_id) DO NOTHING")
        .param("request", request)
        .param("identities", identities)
        .param("at", Timestamp.from(at))
        .update();
  }

  Optional<byte[]> identities(UUID request) {
    return jdbc.sql("SELECT identities FROM dsr_task_identity WHERE request_id = :request")
        .param("request", request)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  void forgetIdentities(UUID request) {
    jdbc.sql("DELETE FROM dsr_task_identity WHERE request_id = :request")
        .param("request", request)
        .update();
  }

  private static @Nullable Timestamp ts(@Nullable Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static List<String> texts(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }

  static TaskRow row(ResultSet rs, int n) throws SQLException {
    java.sql.Date due = rs.getDate("due_at");
    LocalDate dueAt = due == null ? null : due.toLocalDate();
    return new TaskRow(
        rs.getObject("id", UUID.class),
        rs.getObject("request_id", UUID.class),
        rs.getObject("subject_id", UUID.class),
        rs.getObject("sweep_id", UUID.class),
        rs.getString("kind"),
        rs.getString("type"),
        rs.getString("system_id"),
        rs.getString("recipient"),
        rs.getString("channel"),
        texts(rs.getArray("activities")),
        texts(rs.getArray("fields")),
        rs.getString("state"),
        rs.getBytes("identities"),
        dueAt,
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"),
        instant(rs, "last_attempt_at"),
        rs.getString("last_error"),
        rs.getObject("via_task", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        instant(rs, "closed_at"),
        rs.getString("closed_by"),
        rs.getString("note"));
  }
}
