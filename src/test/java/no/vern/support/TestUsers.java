package no.vern.support;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the users that tests sign in as with a made-up principal ({@code user:<uuid>}): since
 * issue 18 a user who does not exist sees nobody, so a test that reads people as such a user stores
 * them first, with the "all controllers" scope every account had before scopes.
 */
public final class TestUsers {

  private TestUsers() {}

  /** Stores the user (once) with a password nobody can use, seeing every controller. */
  public static void withAllControllers(JdbcClient jdbc, UUID id) {
    jdbc.sql(
            "INSERT INTO access_user (id, username, password_hash, roles, enabled,"
                + " must_change_password, created_at, scope_all)"
                + " VALUES (?, ?, 'unusable', '{ADMIN}', true, false, now(), true)"
                + " ON CONFLICT (id) DO NOTHING")
        .params(id, "test-" + id)
        .update();
  }

  /** As {@link #withAllControllers(JdbcClient, UUID)} for a principal name {@code user:<uuid>}. */
  public static void withAllControllers(JdbcClient jdbc, String principal) {
    withAllControllers(jdbc, UUID.fromString(principal.substring("user:".length())));
  }
}
