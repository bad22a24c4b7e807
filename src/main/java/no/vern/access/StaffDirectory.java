package no.vern.access;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names and roles of users and tokens by id, so that pages built from the audit trail (which holds
 * ids only) show who acted by name. A disabled user or a revoked token keeps its name: it still
 * acted. Ids that no longer exist are simply absent.
 */
@Component
public class StaffDirectory {

  private final JdbcClient jdbc;

  StaffDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The users among {@code ids}. */
  public Map<UUID, StaffMember> users(Collection<UUID> ids) {
    return find("SELECT id, username, roles FROM access_user WHERE id = ANY(?)", ids, false);
  }

  /** The API tokens among {@code ids}. */
  public Map<UUID, StaffMember> tokens(Collection<UUID> ids) {
    return find("SELECT id, name, roles FROM access_api_token WHERE id = ANY(?)", ids, true);
  }

  private Map<UUID, StaffMember> find(String sql, Collection<UUID> ids, boolean token) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(sql)
        .param(ids.toArray(UUID[]::new))
        .query(
            (rs, n) ->
                new StaffMember(
                    rs.getObject(1, UUID.class),
                    token,
                    rs.getString(2),
                    SqlValues.roles(rs, "roles")))
        .list()
        .stream()
        .collect(Collectors.toMap(StaffMember::id, Function.identity()));
  }
}
