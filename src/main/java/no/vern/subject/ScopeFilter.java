package no.vern.subject;

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
    return bind(
            jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM personal_data_record WHERE subject_id IN"
                    + " (SELECT id FROM subject WHERE id = :live OR merged_into = :live) AND "
                    + IN_SCOPE
                    + ")"),
            scope)
        .param("live", live)
        .query(Boolean.class)
        .single();
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
