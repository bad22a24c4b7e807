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
class ApiTokens {

  private static final String COLUMNS =
      "id, name, prefix, roles, expires_at, created_at, created_by, revoked_at, last_used_at";

  private final JdbcClient jdbc;

  ApiTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ApiToken> byHash(byte[] hash) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access_api_token WHERE token_hash = ?")
        .param(hash)
        .query(ApiTokens::map)
        .optional();
  }

  Optional<ApiToken> byId(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access_api_token WHERE id = ?")
        .param(id)
        .query(ApiTokens::map)
        .optional();
  }

  List<ApiToken> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access_api_token ORDER BY created_at DESC, id")
        .query(ApiTokens::map)
        .list();
  }

  boolean any() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_api_token)").query(Boolean.class).single();
  }

  /** {@code scopeAll}: the explicit "all controllers" scope (the listed kind is in ScopeRows). */
  void insert(ApiToken t, byte[] hash, boolean scopeAll) {
    jdbc.sql(
            "INSERT INTO access_api_token (id, name, token_hash, prefix, roles, expires_at,"
                + " created_at, created_by, scope_all) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            t.id(),
            t.name(),
            hash,
            t.prefix(),
            roleNames(t.roles()),
            timestamp(t.expiresAt()),
            timestamp(t.createdAt()),
            t.createdBy(),
            scopeAll)
        .update();
  }

  boolean revoke(UUID id, Instant at) {
    return jdbc.sql(
                "UPDATE access_api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
            .params(timestamp(at), id)
            .update()
        == 1;
  }

  private static ApiToken map(ResultSet rs, int row) throws SQLException {
    return new ApiToken(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("prefix"),
        roles(rs, "roles"),
        instant(rs, "expires_at"),
        instant(rs, "created_at"),
        rs.getString("created_by"),
        instant(rs, "revoked_at"),
        instant(rs, "last_used_at"));
  }
}
