package no.vern.cookie.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import no.vern.access.AdminSession;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DPO's way to a scan: ask for it on the admin page or the API, the scheduler runs it in
 * Chromium, the history and the scan's page show what it found, and the trail has the request and
 * the end. The active inventory is the test one (debt-collection-group.yaml), which declares none
 * of the test site's cookies.
 */
@VernTest
class CookieScansAdminIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void anAddressThatIsNotAWebPageIsRefusedWithAProblemAndNothingIsQueued() {
    Http http = new Http(port);
    long before = jdbc.sql("SELECT count(*) FROM cookie_scan").query(Long.class).single();
    HttpResponse<String> api =
        http.postJson(http.api("/api/v1/cookies/scans"), "{\"urls\":[\"file:///etc/passwd\"]}");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(api.body()).contains("not an http or https address");

    AdminSession admin = new AdminSession(port);
    admin.login("admin", "test-admin-password-1234");
    HttpResponse<String> page =
        admin.post(
            "/admin/cookies/scans", "/admin/cookies/scans", Map.of("urls", "javascript:alert(1)"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("not an http or https address");
    assertThat(jdbc.sql("SELECT count(*) FROM cookie_scan").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void aScanAskedForOnTheAdminPageRunsOnTheSchedulerAndItsFindingsAreKept() throws Exception {
    boolean available =
        new File("/usr/bin/chromium").canExecute()
            && new File("/usr/bin/chromedriver").canExecute();
    Assumptions.assumeTrue(available || "true".equals(System.getenv("CI")), "no Chromium");
    try (TestSite site = new TestSite()) {
      AdminSession admin = new AdminSession(port);
      admin.login("admin", "test-admin-password-1234");
      HttpResponse<String> asked =
          admin.post(
              "/admin/cookies/scans",
              "/admin/cookies/scans",
              Map.of("urls", site.url("/") + "\n" + site.url("/missing") + "\n"));
      assertThat(asked.statusCode()).isEqualTo(302);
      String location = asked.headers().firstValue("Location").orElseThrow();
      String id = location.substring(location.lastIndexOf('/') + 1);

      JsonNode scan = awaitDone(new Http(port), id);
      assertThat(scan.get("outcome").asString())
          .as("the 404 page fails the scan: never clean")
          .isEqualTo("failed");
      assertThat(scan.get("inventoryVersion").isNull()).isFalse();
      JsonNode undeclared = item(scan, "_undeclared");
      assertThat(undeclared.get("findings").toString())
          .contains("undeclared", "set-before-consent", "survives-rejection");
      assertThat(item(scan, "_tp").get("party").asString()).isEqualTo("third-party");
      assertThat(scan.get("pages").toString()).contains("http-404");

      String history = admin.get("/admin/cookies/scans").body();
      assertThat(history).contains("data-scan=\"" + id + "\"").contains("data-outcome=\"failed\"");
      String detail = admin.get("/admin/cookies/scans/" + id).body();
      assertThat(detail)
          .contains("data-name=\"_undeclared\"")
          .contains("data-findings=\"undeclared set-before-consent survives-rejection\"")
          .contains("Failed: http-404");
      // The entries are sealed onto the chain after their transactions: wait for the writer.
      Reactions.settle();
      assertThat(audit(7100, id)).isEqualTo(1);
      assertThat(audit(7101, id)).isEqualTo(1);
    }
  }

  private JsonNode awaitDone(Http http, String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> answer = http.send(http.api("/api/v1/cookies/scans/" + id).GET());
      assertThat(answer.statusCode()).isEqualTo(200);
      JsonNode scan = JSON.readTree(answer.body());
      String status = scan.get("status").asString();
      if (status.equals("done") || status.equals("failed")) {
        assertThat(status).as(answer.body()).isEqualTo("done");
        return scan;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("The scan did not finish in 4 minutes");
  }

  private static JsonNode item(JsonNode scan, String name) {
    for (JsonNode item : scan.get("items")) {
      if (item.get("name").asString().equals(name)) {
        return item;
      }
    }
    throw new AssertionError(name + " not in " + scan.get("items"));
  }

  private long audit(int code, String resource) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(code, resource)
        .query(Long.class)
        .single();
  }
}
