package no.vern.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.shared.PrincipalNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The question "may this caller see this person?" (issue 18, need-to-know), for the modules that
 * read people. {@link #of} gives the caller's {@link ReadScope} as it is at this moment on Vern's
 * clock (grants that ended are not in it; no job is needed to end them); the reading module filters
 * its SQL with it and calls {@link #refused} when it answers as if the person were unknown.
 */
@Service
public class ReadScopes {

  private final JdbcClient jdbc;
  private final ScopeRows scopes;
  private final AuditTrail audit;
  private final Clock clock;

  ReadScopes(JdbcClient jdbc, ScopeRows scopes, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.scopes = scopes;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What {@code principal} ({@code user:<uuid>}, {@code token:<uuid>}, as Spring Security and the
   * audit trail name callers) may read now. Vern's own work ({@code system:...}) reads everything:
   * scopes are about staff and integrators. A user or token that does not exist sees nobody.
   */
  public ReadScope of(String principal) {
    Optional<UUID> user = PrincipalNames.userId(principal);
    Optional<UUID> token = PrincipalNames.tokenId(principal);
    if (user.isEmpty() && token.isEmpty()) {
      return ReadScope.ALL;
    }
    Optional<Boolean> all =
        jdbc.sql(
                user.isPresent()
                    ? "SELECT scope_all FROM access_user WHERE id = ?"
                    : "SELECT scope_all FROM access_api_token WHERE id = ?")
            .param(user.orElseGet(token::get))
            .query(Boolean.class)
            .optional();
    if (all.isEmpty()) {
      return ReadScope.NOTHING;
    }
    if (all.get()) {
      return ReadScope.ALL;
    }
    Scope listed = scopes.listed(principal);
    Set<String> grantedActivities = new HashSet<>();
    Set<UUID> grantedSubjects = new HashSet<>();
    if (user.isPresent()) {
      Instant now = clock.instant();
      jdbc.sql(
              "SELECT kind, target FROM access_grant WHERE user_id = ? AND ended_at IS NULL"
                  + " AND granted_at <= ? AND ends_at > ?")
          .params(user.get(), Timestamp.from(now), Timestamp.from(now))
          .query(
              rs -> {
                if (rs.getString(1).equals("person")) {
                  grantedSubjects.add(UUID.fromString(rs.getString(2)));
                } else {
                  grantedActivities.add(rs.getString(2));
                }
              });
    }
    if (listed == null) {
      return new ReadScope(false, Set.of(), Set.of(), grantedActivities, grantedSubjects);
    }
    return new ReadScope(
        false, listed.controllers(), listed.activities(), grantedActivities, grantedSubjects);
  }

  /**
   * Puts on the trail, durably, that {@code principal} asked for a person outside their scope and
   * was answered as if the person were unknown: the subject id, never the identifier asked by.
   */
  public void refused(String principal, UUID subject) {
    refused(principal, "subject", subject.toString());
  }

  /**
   * The same for something that is not yet tied to a person (a request nobody has placed): on the
   * trail by that thing's type and id.
   */
  public void refused(String principal, String resourceType, String resourceId) {
    audit.recordDurably(
        AuditActor.of(principal)
            .did(ScopeAuditAction.SCOPE_REFUSED, resourceType, resourceId, Outcome.DENIED));
  }

  /**
   * A read of a person by {@code principal} went through these controllers and activities (those of
   * the person's records in the scope): remembered, for the access review, as the last use of the
   * scope entries and running activity grants they match. At most one write per entry a minute, so
   * a busy case handler does not write on every read.
   */
  public void usedScope(
      String principal, ReadScope scope, Set<String> controllers, Set<String> activities) {
    Instant now = clock.instant();
    Timestamp at = Timestamp.from(now);
    Timestamp stale = Timestamp.from(now.minusSeconds(60));
    String[] listedControllers =
        controllers.stream().filter(scope.controllers()::contains).toArray(String[]::new);
    String[] listedActivities =
        activities.stream().filter(scope.activities()::contains).toArray(String[]::new);
    if (listedControllers.length + listedActivities.length > 0) {
      jdbc.sql(
              "UPDATE access_scope SET last_used_at = :at WHERE principal = :principal"
                  + " AND ((kind = 'controller' AND target = ANY(:controllers))"
                  + " OR (kind = 'activity' AND target = ANY(:activities)))"
                  + " AND (last_used_at IS NULL OR last_used_at < :stale)")
          .param("at", at)
          .param("principal", principal)
          .param("controllers", listedControllers)
          .param("activities", listedActivities)
          .param("stale", stale)
          .update();
    }
    String[] granted =
        activities.stream().filter(scope.grantedActivities()::contains).toArray(String[]::new);
    Optional<UUID> user = PrincipalNames.userId(principal);
    if (granted.length > 0 && user.isPresent()) {
      jdbc.sql(
              "UPDATE access_grant SET last_used_at = :at WHERE user_id = :user"
                  + " AND kind = 'activity' AND target = ANY(:activities) AND ended_at IS NULL"
                  + " AND ends_at > :at AND (last_used_at IS NULL OR last_used_at < :stale)")
          .param("at", at)
          .param("user", user.get())
          .param("activities", granted)
          .param("stale", stale)
          .update();
    }
  }

  /**
   * A person grant of {@code principal} covered this read: remembered as its last use, for the
   * access review. One update of the user's running person grants on this subject.
   */
  public void usedGrant(String principal, UUID subject) {
    PrincipalNames.userId(principal)
        .ifPresent(
            user -> {
              Instant now = clock.instant();
              jdbc.sql(
                      "UPDATE access_grant SET last_used_at = ? WHERE user_id = ? AND kind = 'person'"
                          + " AND target = ? AND ended_at IS NULL AND ends_at > ?")
                  .params(Timestamp.from(now), user, subject.toString(), Timestamp.from(now))
                  .update();
            });
  }
}
