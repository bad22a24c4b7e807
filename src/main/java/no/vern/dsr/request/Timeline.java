package no.vern.dsr.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.dsr.domain.RequestState;
import no.vern.dsr.domain.Step;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code dsr_timeline}: every step of a request, who and when, for the case handler's page. */
@Repository
class Timeline {

  /**
   * One step; {@code actor} is {@link StepRecorder#label}'s {@code <type>:<id>} ({@code
   * api_token:<uuid>}, {@code user:<uuid>}, {@code system:<task>}).
   */
  record Entry(Instant at, String step, String actor, String state, @Nullable String note) {

    /** The principal the staff directory knows: {@code token:<uuid>} for an API token. */
    public String principal() {
      return actor.startsWith(API_TOKEN) ? "token:" + actor.substring(API_TOKEN.length()) : actor;
    }

    /** An admin user or an API token: shown by name, or as the word for its kind, never by id. */
    public boolean staff() {
      return actor.startsWith(API_TOKEN) || actor.startsWith("user:");
    }

    /** The actor's kind as the audit trail names it ({@code API_TOKEN}, {@code USER}). */
    public String kind() {
      int colon = actor.indexOf(':');
      return (colon < 0 ? actor : actor.substring(0, colon)).toUpperCase(java.util.Locale.ROOT);
    }
  }

  private static final String API_TOKEN = "api_token:";

  private final JdbcClient jdbc;

  Timeline(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(
      UUID request,
      Instant at,
      Step step,
      String actor,
      RequestState state,
      @Nullable String note) {
    jdbc.sql(
            "INSERT INTO dsr_timeline (request_id, at, step, actor, state, note)"
                + " VALUES (:request, :at, :step, :actor, :state, :note)")
        .param("request", request)
        .param("at", Timestamp.from(at))
        .param("step", step.code())
        .param("actor", actor)
        .param("state", state.code())
        .param("note", note)
        .update();
  }

  List<Entry> of(UUID request) {
    return jdbc.sql(
            "SELECT at, step, actor, state, note FROM dsr_timeline WHERE request_id = :request"
                + " ORDER BY at, id")
        .param("request", request)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("step"),
                    rs.getString("actor"),
                    rs.getString("state"),
                    rs.getString("note")))
        .list();
  }
}
