package no.vern.subject;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.vern.access.ReadScope;
import no.vern.access.ReadScopes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Need-to-know where records are read (issue 18, docs/need-to-know.md): the SQL condition that
 * keeps a caller to the records of their scope, and the question whether a person is visible to
 * them at all (at least one record in scope, or a grant covering the person). Every read path of
 * this module asks here, so none can forget the scope; callers outside the scope are answered as if
 * the person were unknown, and {@link #refuse} puts the attempt on the trail.
 */
@Component
class ScopeFilter {

  /**
   * Records of the listed controllers (narrowed to the listed activities when there are any), or of
   * an activity a running grant covers. Takes the named parameters {@link #bind} sets.
   */
  static final String IN_SCOPE =
      "((controller = ANY(:scopeControllers) AND (cardinality(:scopeActivities) = 0"
          + " OR activity = ANY(:scopeActivities))) OR activity = ANY(:grantedActivities))";

  private final ReadScopes scopes;
  private final JdbcClient jdbc;

  ScopeFilter(ReadScopes scopes, JdbcClient jdbc) {
    this.scopes = scopes;
    this.jdbc = jdbc;
  }

  ReadScope of(String actor) {
    return scopes.of(actor);
  }

  /** Whether the subject {@code live} (and those merged into it) is visible with this scope. */
  boolean visible(UUID live, ReadScope scope, String actor) {
    if (scope.all()) {
      return true;
    }
    if (scope.grants(live)) {
      scopes.usedGrant(actor, live);
      return true;
    }
    // Which controllers and activities of the scope let the person be seen: visible when any, and
    // remembered as the use of those scope entries and activity grants for the access review.
    Set<String> controllers = new HashSet<>();
    Set<String> activities = new HashSet<>();
    bind(
            jdbc.sql(
                "SELECT DISTINCT controller, activity FROM personal_data_record WHERE subject_id IN"
                    + " (SELECT id FROM subject WHERE id = :live OR merged_into = :live) AND "
                    + IN_SCOPE),
            scope)
        .param("live", live)
        .query(
            rs -> {
              controllers.add(rs.getString(1));
              activities.add(rs.getString(2));
            });
    if (controllers.isEmpty()) {
      return false;
    }
    scopes.usedScope(actor, scope, controllers, activities);
    return true;
  }

  /**
   * Which of {@code subjects} are visible with this scope, in one statement: each id is followed to
   * the subject it was merged into, as {@link #visible} does for one. For lists (the request queue,
   * a breach's affected people) that show who is there without reading their records; no grant use
   * is recorded and nothing is put on the trail.
   */
  Set<UUID> visibleAmong(Collection<UUID> subjects, ReadScope scope) {
    if (scope.all() || subjects.isEmpty()) {
      return new HashSet<>(subjects);
    }
    return new HashSet<>(
        bind(
                jdbc.sql(
                    """
                    WITH RECURSIVE chain(start, id, merged_into, depth) AS (
                      SELECT id, id, merged_into, 0 FROM subject WHERE id = ANY(:subjects)
                      UNION ALL
                      SELECT c.start, s.id, s.merged_into, c.depth + 1 FROM subject s
                        JOIN chain c ON s.id = c.merged_into WHERE c.depth < 100),
                    live AS (SELECT start, id AS live FROM chain WHERE merged_into IS NULL)
                    SELECT start FROM live WHERE live = ANY(:grantedSubjects)
                      OR EXISTS (SELECT 1 FROM personal_data_record WHERE subject_id IN
                        (SELECT id FROM subject WHERE id = live.live OR merged_into = live.live)
                        AND """
                        + IN_SCOPE
                        + ")"),
                scope)
            .param("subjects", subjects.toArray(UUID[]::new))
            .param("grantedSubjects", scope.grantedSubjects().toArray(UUID[]::new))
            .query(UUID.class)
            .list());
  }

  /** The attempt on a person outside the caller's scope, on the trail by subject id. */
  void refuse(String actor, UUID subject) {
    scopes.refused(actor, subject);
  }

  static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ReadScope scope) {
    return sql.param("scopeControllers", scope.controllers().toArray(String[]::new))
        .param("scopeActivities", scope.activities().toArray(String[]::new))
        .param("grantedActivities", scope.grantedActivities().toArray(String[]::new));
  }
}
