package no.vern.dsr.request;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import no.vern.dsr.RequestSummary;
import no.vern.dsr.RequestsOfSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's own requests for {@code /rights/me}: references, states and dates only. */
@Component
class SubjectRequests implements RequestsOfSubject {

  private final JdbcClient jdbc;

  SubjectRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<RequestSummary> of(UUID subjectId) {
    return jdbc
        .sql(
            "SELECT "
                + RequestRows.COLUMNS
                + " FROM dsr_request WHERE subject_id = :subject"
                + " ORDER BY created_at DESC")
        .param("subject", subjectId)
        .query(RequestRows::row)
        .list()
        .stream()
        .map(
            r ->
                new RequestSummary(
                    r.id(),
                    r.reference(),
                    r.state().code(),
                    new LinkedHashSet<>(r.rights()),
                    r.receivedAt(),
                    r.dueAt()))
        .toList();
  }
}
