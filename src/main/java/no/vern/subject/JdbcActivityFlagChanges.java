package no.vern.subject;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcActivityFlagChanges implements ActivityFlagChanges {

  private final JdbcClient jdbc;

  JdbcActivityFlagChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean restrict(SubjectId subject, String activity, boolean restricted) {
    if (!restricted) {
      return jdbc.sql(
                  "UPDATE subject_activity_flags SET restricted = false"
                      + " WHERE subject_id = ? AND activity = ? AND restricted")
              .params(subject.value(), activity)
              .update()
          == 1;
    }
    return jdbc.sql(
                "INSERT INTO subject_activity_flags (subject_id, activity, restricted)"
                    + " VALUES (?, ?, ?) ON CONFLICT (subject_id, activity) DO UPDATE"
                    + " SET restricted = excluded.restricted"
                    + " WHERE subject_activity_flags.restricted <> excluded.restricted")
            .params(subject.value(), activity, restricted)
            .update()
        == 1;
  }

  @Override
  public boolean object(SubjectId subject, String activity, Objection objection) {
    return jdbc.sql(
                "INSERT INTO subject_activity_flags (subject_id, activity, objection,"
                    + " objection_ground) VALUES (?, ?, ?, ?) ON CONFLICT (subject_id, activity)"
                    + " DO UPDATE SET objection = excluded.objection,"
                    + " objection_ground = excluded.objection_ground"
                    + " WHERE (subject_activity_flags.objection, subject_activity_flags.objection_ground)"
                    + " IS DISTINCT FROM (excluded.objection, excluded.objection_ground)"
                    + " AND (subject_activity_flags.objection_ground IS DISTINCT FROM"
                    + " 'direct-marketing' OR excluded.objection_ground = 'direct-marketing')")
            .params(subject.value(), activity, objection.state().code(), objection.ground().code())
            .update()
        == 1;
  }
}
