package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator adds a colleague, who must choose their own password before seeing anything;
 * then the administrator disables and enables the account, and the trail records each. Sign-in
 * throttling and lifting its delays: {@link AdminSignInIT}.
 */
@VernTest
class AdminUserLifecycleIT {

  private static final String FIRST_PASSWORD = "first-password-from-admin";
  private static final String OWN_PASSWORD = "colleagues-own-password";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private AdminSession admin;
  private String username;

  @BeforeEach
  void anAdministratorAddsAColleague() {
    admin = new AdminSession(port);
    assertThat(admin.login("admin", "test-admin-password-1234").statusCode()).isEqualTo(302);
    username = "colleague-" + UUID.randomUUID() + "@example.invalid";
    var created =
        admin.post(
            "/admin/users",
            "/admin/users",
            Map.of(
                "username", username, "password", FIRST_PASSWORD, "roles", "DPO", "scope", "all"));
    assertThat(created.statusCode()).isEqualTo(302);
  }

  @Test
  void aNewColleagueMustChooseTheirOwnPasswordFirst() {
    AdminSession colleague = new AdminSession(port);
    assertThat(location(colleague.login(username, FIRST_PASSWORD))).endsWith("/admin/password");
    assertThat(location(colleague.get("/admin"))).endsWith("/admin/password");
    assertThat(colleague.get("/admin/password").body()).contains("id=\"password-forced\"");

    var changed =
        colleague.post(
            "/admin/password",
            "/admin/password",
            Map.of(
                "current", FIRST_PASSWORD,
                "replacement", OWN_PASSWORD,
                "confirmation", OWN_PASSWORD));
    assertThat(location(changed)).contains("/admin/password?changed");
    assertThat(colleague.get("/admin").statusCode()).isEqualTo(200);
    assertThat(actionsOnTrail(1013)).isEqualTo(1);

    AdminSession later = new AdminSession(port);
    assertThat(location(later.login(username, FIRST_PASSWORD))).contains("/admin/login?error");
    assertThat(location(later.login(username, OWN_PASSWORD))).endsWith("/admin");
  }

  @Test
  void aDisabledColleagueCannotSignInUntilEnabledAgain() {
    UUID id = userId();
    admin.post("/admin/users", "/admin/users/" + id + "/disable", Map.of());
    assertThat(location(new AdminSession(port).login(username, FIRST_PASSWORD)))
        .contains("/admin/login?error");

    admin.post("/admin/users", "/admin/users/" + id + "/enable", Map.of());
    assertThat(location(new AdminSession(port).login(username, FIRST_PASSWORD)))
        .endsWith("/admin/password");
    assertThat(actionsOnTrail(1011)).isEqualTo(1);
    assertThat(actionsOnTrail(1012)).isEqualTo(1);
  }

  private UUID userId() {
    return jdbc.sql("SELECT id FROM access_user WHERE username = ?")
        .param(username)
        .query(UUID.class)
        .single();
  }

  private long actionsOnTrail(int actionCode) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(actionCode, userId().toString())
        .query(Long.class)
        .single();
  }

  private static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElse("(no redirect: " + response.statusCode() + ")");
  }
}
