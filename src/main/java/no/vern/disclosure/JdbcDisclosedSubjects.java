package no.vern.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link DisclosedSubjects} on the {@code disclosure} table. */
@Repository
class JdbcDisclosedSubjects implements DisclosedSubjects {

  private static final String SUBJECTS =
      "SELECT DISTINCT COALESCE(s.merged_into, s.id) AS subject FROM disclosure d"
          + " JOIN subject s ON s.id = d.subject_id"
          + " WHERE d.recipient = :recipient AND d.disclosed_at BETWEEN :from AND :to";

  private final JdbcClient jdbc;

  JdbcDisclosedSubjects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SubjectId> to(String recipient, Instant from, Instant to, int limit) {
    return jdbc
        .sql(SUBJECTS + " ORDER BY 1 LIMIT :limit")
        .param("recipient", recipient)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .param("limit", limit)
        .query(UUID.class)
        .list()
        .stream()
        .map(SubjectId::new)
        .toList();
  }

  @Override
  public long count(String recipient, Instant from, Instant to) {
    return jdbc.sql("SELECT count(*) FROM (" + SUBJECTS + ") x")
        .param("recipient", recipient)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(Long.class)
        .single();
  }
}
