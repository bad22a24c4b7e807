package no.vern.system.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.vern.VernApplication;
import no.vern.access.AdminSession;
import no.vern.support.Http;
import no.vern.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: two Vern instances (two application contexts with web servers in this JVM) on one
 * database, behind nginx as a round-robin load balancer, as a site would run them: an admin session
 * opened on one holds on the other, an API token revoked through one is refused by both, and audit
 * entries written through both make one gapless chain. (That scheduled work runs once is {@code
 * TwoInstancesRunTasksOnceIT}.) Required in CI, which installs nginx; skipped where it is missing.
 */
class TwoInstancesBehindALoadBalancerIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ADMIN_PASSWORD = "test-admin-password-1234";

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;
  private static LoadBalancer balancer;

  @BeforeAll
  static void start() throws Exception {
    if (System.getenv("CI") == null) {
      assumeThat(LoadBalancer.installed()).as("nginx is installed").isTrue();
    }
    // One after the other: the first also migrates the schema and makes the shared key files.
    first = instance("first");
    second = instance("second");
    balancer = LoadBalancer.roundRobin(List.of(port(first), port(second)));
  }

  @AfterAll
  static void stop() {
    if (balancer != null) {
      balancer.close();
    }
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
  }

  private static ConfigurableApplicationContext instance(String name) {
    return new SpringApplicationBuilder(VernApplication.class)
        .web(WebApplicationType.SERVLET)
        .profiles("test")
        .initializers(new TestDatabaseInitializer())
        .properties("vern.test.instance=" + name, "spring.main.banner-mode=off")
        .run();
  }

  private static int port(ConfigurableApplicationContext instance) {
    return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
  }

  @Test
  void anAdminSessionOpenedOnOneInstanceHoldsOnTheOther() {
    AdminSession admin = new AdminSession(balancer.port());
    assertThat(admin.login("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);

    Set<String> servedBy = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> page = admin.getPage("/admin");
      assertThat(page.statusCode()).as("signed in on every request").isEqualTo(200);
      page.headers().firstValue(LoadBalancer.UPSTREAM).ifPresent(servedBy::add);
    }
    assertThat(servedBy).as("both instances served the session").hasSize(2);
  }

  @Test
  void aTokenRevokedThroughOneInstanceIsRefusedByBothWithinASecond() throws Exception {
    Http http = new Http(balancer.port());
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/tokens"),
            "{\"name\":\"two instances\",\"roles\":[\"AUDITOR\"],\"expiresInDays\":1}");
    assertThat(created.statusCode()).isEqualTo(201);
    String id = JSON.readTree(created.body()).get("id").asString();
    String secret = JSON.readTree(created.body()).get("secret").asString();
    Set<String> accepted = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> answer = asToken(http, secret);
      assertThat(answer.statusCode()).isEqualTo(200);
      answer.headers().firstValue(LoadBalancer.UPSTREAM).ifPresent(accepted::add);
    }
    assertThat(accepted).as("both instances accepted it").hasSize(2);

    assertThat(http.send(http.api("/api/v1/tokens/" + id).DELETE()).statusCode()).isEqualTo(204);
    Thread.sleep(Duration.ofSeconds(1).toMillis());

    Set<String> refused = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> answer = asToken(http, secret);
      assertThat(answer.statusCode()).as("refused after the revocation").isEqualTo(401);
      answer.headers().firstValue(LoadBalancer.UPSTREAM).ifPresent(refused::add);
    }
    assertThat(refused).as("both instances refused it").hasSize(2);
  }

  @Test
  void auditEntriesWrittenThroughBothInstancesMakeOneGaplessChain() {
    Http http = new Http(balancer.port());
    Set<String> servedBy = new HashSet<>();
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> created =
          http.postJson(
              http.api("/api/v1/audit/events"),
              """
              {"actorType":"SYSTEM","actorId":"two-instances","resourceType":"test",\
              "resourceId":"lb-%d","outcome":"SUCCESS"}"""
                  .formatted(i));
      assertThat(created.statusCode()).isEqualTo(201);
      ids.add(JSON.readTree(created.body()).get("id").asLong());
      created.headers().firstValue(LoadBalancer.UPSTREAM).ifPresent(servedBy::add);
    }
    assertThat(servedBy).hasSize(2);
    assertThat(ids).as("every entry its own place on the chain").hasSize(20);

    HttpResponse<String> verified = http.send(http.api("/api/v1/audit/verify").GET());
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).contains("\"ok\":true");
  }

  private static HttpResponse<String> asToken(Http http, String secret) {
    return http.send(
        http.request("/api/v1/audit/entries?limit=1")
            .header("Authorization", "Bearer " + secret)
            .GET());
  }
}
