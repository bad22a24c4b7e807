package no.vern.dsr.systems;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the tasks need of a request: its person, rights, due date and state; codes only. */
@Repository
class RequestFacts {

  record Facts(
      UUID id, @Nullable UUID subject, List<String> rights, LocalDate dueAt, String state) {}

  private final JdbcClient jdbc;

  RequestFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Facts> of(UUID request) {
    return jdbc.sql("SELECT id, subject_id, rights, due_at, state FROM dsr_request WHERE id = :id")
        .param("id", request)
        .query(
            (rs, n) ->
                new Facts(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    Arrays.asList((String[]) rs.getArray(3).getArray()),
                    rs.getDate(4).toLocalDate(),
                    rs.getString(5)))
        .optional();
  }
}
