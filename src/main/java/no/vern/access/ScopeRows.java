package no.vern.access;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of access_scope: the listed controllers and activities of scoped users and tokens. */
@Repository
class ScopeRows {

  private final JdbcClient jdbc;

  ScopeRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the listed part of a scope; "all" is the scope_all column of the user or token. */
  void insert(String principal, Scope scope) {
    for (String c : scope.controllers()) {
      add(principal, "controller", c);
    }
    for (String a : scope.activities()) {
      add(principal, "activity", a);
    }
  }

  /** The scope of a principal whose scope_all is false. */
  Scope listed(String principal) {
    Set<String> controllers = new TreeSet<>();
    Set<String> activities = new TreeSet<>();
    jdbc.sql("SELECT kind, target FROM access_scope WHERE principal = ?")
        .param(principal)
        .query(
            rs -> {
              (rs.getString(1).equals("controller") ? controllers : activities)
                  .add(rs.getString(2));
            });
    if (controllers.isEmpty()) {
      // Not possible through Vern (a scope lists at least one controller); sees nobody.
      return null;
    }
    return Scope.listed(controllers, activities);
  }

  /** Every scoped principal's scope label, for the users and tokens pages. */
  java.util.Map<String, Scope> all() {
    java.util.Map<String, Set<String>> controllers = new java.util.HashMap<>();
    java.util.Map<String, Set<String>> activities = new java.util.HashMap<>();
    jdbc.sql("SELECT principal, kind, target FROM access_scope")
        .query(
            rs -> {
              (rs.getString(2).equals("controller") ? controllers : activities)
                  .computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
                  .add(rs.getString(3));
            });
    java.util.Map<String, Scope> out = new java.util.HashMap<>();
    controllers.forEach(
        (p, c) -> out.put(p, Scope.listed(c, activities.getOrDefault(p, Set.of()))));
    return out;
  }

  /**
   * When each listed entry of every scope last let its holder read a person: principal, then {@code
   * kind:target} (e.g. {@code controller:alta}); entries never used are absent.
   */
  java.util.Map<String, java.util.Map<String, java.time.Instant>> lastUses() {
    java.util.Map<String, java.util.Map<String, java.time.Instant>> out = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT principal, kind, target, last_used_at FROM access_scope"
                + " WHERE last_used_at IS NOT NULL")
        .query(
            rs -> {
              out.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>())
                  .put(rs.getString(2) + ":" + rs.getString(3), rs.getTimestamp(4).toInstant());
            });
    return out;
  }

  private void add(String principal, String kind, String target) {
    jdbc.sql("INSERT INTO access_scope (principal, kind, target) VALUES (?, ?, ?)")
        .params(principal, kind, target)
        .update();
  }
}
