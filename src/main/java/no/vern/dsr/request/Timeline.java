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

  record Entry(Instant at, String step, String actor, String state, @Nullable String note) {}

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
