package no.vern.dsr.access;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A staff member for the read-log tests: a user row with a synthetic username and one role. */
final class ReadLogStaff {

  private ReadLogStaff() {}

  static UUID user(JdbcClient jdbc, String username, String role) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO access_user (id, username, password_hash, roles, created_at, scope_all)"
                + " VALUES (?, ?, 'not-a-hash', ARRAY[?], now(), true)")
        .params(id, username, role)
        .update();
    return id;
  }
}
