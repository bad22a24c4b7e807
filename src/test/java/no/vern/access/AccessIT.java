package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users, tokens and the three zones, over real HTTP against the whole application. */
@VernTest
class AccessIT {

  private static final String ADMIN_PASSWORD = "test-admin-password-1234";
  private static final Pattern SECRET = Pattern.compile("\"secret\":\"(vern_[A-Za-z0-9_-]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void theApiWithoutATokenAnswers401AsProblemJson() {
    HttpResponse<String> response = http.get("/api/v1/tokens");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Bearer");
    assertThat(response.body()).contains("urn:vern:problem:unauthenticated");
  }

  @Test
  void anUnknownOrMalformedTokenIsRefused() {
    HttpResponse<String> unknown = withToken("/api/v1/tokens", "vern_" + "A".repeat(43));
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).contains("The API token is not valid.");
    assertThat(unknown.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .contains("invalid_token");
    HttpResponse<String> malformed = withToken("/api/v1/tokens", "not-a-vern-token");
    assertThat(malformed.statusCode()).isEqualTo(401);
  }

  @Test
  void theBootstrapTokenWorks() {
    HttpResponse<String> response = http.send(http.api("/api/v1/tokens").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"name\":\"bootstrap\"").doesNotContain("secret");
  }

  @Test
  void aTokenWithoutAdminIsForbiddenFromTokensButAllowedWhereItsRoleFits() {
    String secret = secretOf(createToken("integration only", "INTEGRATOR"));
    HttpResponse<String> tokens = withToken("/api/v1/tokens", secret);
    assertThat(tokens.statusCode()).isEqualTo(403);
    assertThat(tokens.body()).contains("urn:vern:problem:forbidden");
  }

  @Test
  void aTokenCreatedThroughTheApiWorksUntilItIsRevoked() {
    HttpResponse<String> created = createToken("automation " + UUID.randomUUID(), "ADMIN");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .get()
        .asString()
        .startsWith("/api/v1/tokens/");
    String secret = secretOf(created);
    String id = match(ID, created.body());
    assertThat(withToken("/api/v1/tokens", secret).statusCode()).isEqualTo(200);
    assertThat(withToken("/api/v1/tokens/" + id, secret).body()).contains("\"lastUsedAt\":\"");

    HttpResponse<String> revoked = http.send(http.api("/api/v1/tokens/" + id).DELETE());
    assertThat(revoked.statusCode()).isEqualTo(204);
    HttpResponse<String> after = withToken("/api/v1/tokens", secret);
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.body()).contains("The API token is not valid.").doesNotContain("revoked");
  }

  /** Issue 17: a token's use is counted per minute; the tokens page shows the last day's count. */
  @Test
  void theTokensPageShowsHowOftenATokenWasUsedInTheLastDay() {
    HttpResponse<String> created = createToken("counted " + UUID.randomUUID(), "INTEGRATOR");
    String secret = secretOf(created);
    String id = match(ID, created.body());
    for (int i = 0; i < 3; i++) {
      // Authenticated, then refused for its role: still a use of the token.
      assertThat(withToken("/api/v1/inventory", secret).statusCode()).isEqualTo(403);
    }
    String page = signedInAdmin().get("/admin/tokens").body();
    Matcher uses =
        Pattern.compile(
                "data-token-id=\"" + id + "\".*?class=\"num token-uses\">(\\d+)<", Pattern.DOTALL)
            .matcher(page);
    assertThat(uses.find()).as("the token's row").isTrue();
    assertThat(uses.group(1)).isEqualTo("3");
  }

  @Test
  void aTokenRequestThatBreaksTheRulesIs400() {
    HttpResponse<String> response =
        http.postJson(
            http.api("/api/v1/tokens"), "{\"name\":\"x\",\"roles\":[],\"expiresInDays\":400}");
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void aPasswordShorterThan12IsRefused() {
    AdminSession admin = signedInAdmin();
    String username = "short-" + UUID.randomUUID();
    HttpResponse<String> response =
        admin.post(
            "/admin/users",
            "/admin/users",
            Map.of("username", username, "password", "elevenchars", "roles", "DPO"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("The password must be at least 12 characters long.");
    assertThat(userId(username)).isNull();
  }

  @Test
  void theAdminSessionIsStoredInPostgresUnderTheUserId() {
    signedInAdmin();
    UUID adminId = userId("admin");
    assertThat(
            jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
                .param("user:" + adminId)
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void everyZoneSendsTheSecurityHeaders() {
    assertSecurityHeaders(http.get("/css/vern.css"), false);
    assertSecurityHeaders(http.get("/admin/login"), true);
    assertSecurityHeaders(http.get("/api/v1/tokens"), true);
    assertSecurityHeaders(http.send(http.api("/api/v1/tokens").GET()), true);
  }

  private static void assertSecurityHeaders(HttpResponse<String> r, boolean noStore) {
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .contains(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors"
                + " 'none'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy"))
        .contains("strict-origin-when-cross-origin");
    assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(r.headers().firstValue("Strict-Transport-Security"))
        .as("HSTS only over HTTPS")
        .isEmpty();
    if (noStore) {
      assertThat(r.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    }
  }

  private AdminSession signedInAdmin() {
    AdminSession admin = new AdminSession(port);
    assertThat(location(admin.login("admin", ADMIN_PASSWORD))).endsWith("/admin");
    return admin;
  }

  private HttpResponse<String> createToken(String name, String role) {
    return http.postJson(
        http.api("/api/v1/tokens"),
        "{\"name\":\"" + name + "\",\"roles\":[\"" + role + "\"],\"expiresInDays\":7}");
  }

  private HttpResponse<String> withToken(String path, String secret) {
    return http.send(http.request(path).header("Authorization", "Bearer " + secret).GET());
  }

  private UUID userId(String username) {
    return jdbc.sql("SELECT id FROM access_user WHERE lower(username) = lower(?)")
        .param(username)
        .query(UUID.class)
        .optional()
        .orElse(null);
  }

  private static String secretOf(HttpResponse<String> created) {
    assertThat(created.statusCode()).isEqualTo(201);
    return match(SECRET, created.body());
  }

  private static String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    return response.headers().firstValue("Location").orElseThrow();
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
    return m.group(1);
  }
}
