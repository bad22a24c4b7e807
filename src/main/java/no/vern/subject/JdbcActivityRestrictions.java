package no.vern.subject;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcActivityRestrictions implements ActivityRestrictions {

  private final JdbcClient jdbc;

  JdbcActivityRestrictions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Flags> among(Collection<SubjectId> subjects, Collection<String> activities) {
    if (subjects.isEmpty() || activities.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT subject_id, activity, restricted, objection, objection_ground"
                + " FROM subject_activity_flags WHERE subject_id = ANY(?) AND activity = ANY(?)"
                + " AND (restricted OR objection IS NOT NULL)")
        .params(
            subjects.stream().map(SubjectId::value).toArray(UUID[]::new),
            activities.toArray(String[]::new))
        .query(
            (rs, n) ->
                new Flags(
                    new SubjectId(rs.getObject(1, UUID.class)),
                    rs.getString(2),
                    rs.getBoolean(3),
                    Objection.of(rs.getString(4), rs.getString(5))))
        .list();
  }
}
