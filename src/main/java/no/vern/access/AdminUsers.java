package no.vern.access;

import static no.vern.access.SqlValues.instant;
import static no.vern.access.SqlValues.roleNames;
import static no.vern.access.SqlValues.roles;
import static no.vern.access.SqlValues.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AdminUsers {

  private static final String COLUMNS =
      "id, username, password_hash, roles, enabled, must_change_password, created_at,"
          + " last_login_at";

  private final JdbcClient jdbc;

  AdminUsers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AdminUser> byUsername(String username) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access_user WHERE lower(username) = lower(?)")
        .param(username)
        .query(AdminUsers::map)
        .optional();
  }

  Optional<AdminUser> byId(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access_user WHERE id = ?")
        .param(id)
        .query(AdminUsers::map)
        .optional();
  }

  List<AdminUser> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access_user ORDER BY lower(username)")
        .query(AdminUsers::map)
        .list();
  }

  boolean any() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_user)").query(Boolean.class).single();
  }

  boolean usernameTaken(String username) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_user WHERE lower(username) = lower(?))")
        .param(username)
        .query(Boolean.class)
        .single();
  }

  /** {@code scopeAll}: the explicit "all controllers" scope (the listed kind is in ScopeRows). */
  void insert(AdminUser u, boolean scopeAll) {
    jdbc.sql(
            "INSERT INTO access_user (id, username, password_hash, roles, enabled,"
                + " must_change_password, created_at, scope_all) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            u.id(),
            u.username(),
            u.passwordHash(),
            roleNames(u.roles()),
            u.enabled(),
            u.mustChangePassword(),
            timestamp(u.createdAt()),
            scopeAll)
        .update();
  }

  void recordLogin(UUID id, Instant at) {
    jdbc.sql("UPDATE access_user SET last_login_at = ? WHERE id = ?")
        .params(timestamp(at), id)
        .update();
  }

  boolean setEnabled(UUID id, boolean enabled) {
    return jdbc.sql("UPDATE access_user SET enabled = ? WHERE id = ?").params(enabled, id).update()
        == 1;
  }

  void changePassword(UUID id, String passwordHash) {
    jdbc.sql("UPDATE access_user SET password_hash = ?, must_change_password = false WHERE id = ?")
        .params(passwordHash, id)
        .update();
  }

  private static AdminUser map(ResultSet rs, int row) throws SQLException {
    return new AdminUser(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("password_hash"),
        roles(rs, "roles"),
        rs.getBoolean("enabled"),
        rs.getBoolean("must_change_password"),
        instant(rs, "created_at"),
        instant(rs, "last_login_at"));
  }
}
