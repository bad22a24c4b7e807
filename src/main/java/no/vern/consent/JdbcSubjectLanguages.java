package no.vern.consent;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link SubjectLanguages} from {@code consent_event}, the newest event per subject. */
@Repository
class JdbcSubjectLanguages implements SubjectLanguages {

  private final JdbcClient jdbc;

  JdbcSubjectLanguages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<SubjectId, String> of(Collection<SubjectId> subjects) {
    Map<SubjectId, String> found = new HashMap<>();
    if (subjects.isEmpty()) {
      return found;
    }
    String[] ids = subjects.stream().map(s -> s.value().toString()).toArray(String[]::new);
    jdbc.sql(
            "SELECT DISTINCT ON (subject_id) subject_id, language FROM consent_event"
                + " WHERE subject_id = ANY(CAST(:ids AS uuid[])) ORDER BY subject_id, seq DESC")
        .param("ids", ids)
        .query(
            (rs, n) -> {
              found.put(new SubjectId(rs.getObject(1, UUID.class)), rs.getString(2));
              return n;
            })
        .list();
    return found;
  }
}
