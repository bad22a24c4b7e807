package no.vern.system.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.DriverManager;
import java.time.Duration;
import javax.sql.DataSource;
import no.vern.consent.ConsentApi;
import no.vern.support.Http;
import no.vern.support.TestDatabase;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 17: decisions read from a real hot standby of the test server ({@code
 * VERN_TEST_DB_READ_URL}, made by {@code .ci/run} with {@code pg_basebackup}). With the standby's
 * replay paused, a consent just given is not yet in the decision, which shows the standby answered;
 * once the standby is further behind than {@code VERN_DB_READ_MAX_LAG}, the primary answers and the
 * decision has it. Required in CI; skipped where no standby is configured.
 */
@VernTest
class ReadReplicaStandbyIT {

  private static final Duration MAX_LAG = Duration.ofSeconds(10);

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @BeforeAll
  static void standbyConfigured() {
    boolean ci = System.getenv("CI") != null;
    if (!ci) {
      assumeThat(standbyUrl()).as("VERN_TEST_DB_READ_URL names a standby").isNotBlank();
    }
    assertThat(standbyUrl()).as("CI must provide VERN_TEST_DB_READ_URL").isNotBlank();
  }

  @DynamicPropertySource
  static void replica(DynamicPropertyRegistry registry) {
    registry.add("vern.db.read.url", ReadReplicaStandbyIT::standbyInSchema);
    registry.add("vern.db.read.user", () -> TestDatabase.get().user());
    registry.add("vern.db.read.password", () -> TestDatabase.get().password());
    registry.add("vern.db.read.max-lag", () -> MAX_LAG.toSeconds() + "s");
  }

  @Test
  void decisionsComeFromTheStandbyUntilItFallsTooFarBehind() throws Exception {
    ConsentApi api = new ConsentApi(new Http(port));
    ReplicaLag lag = ((ReplicaRouting) dataSource).lag();
    String email = ConsentApi.email();
    await(lag::usable, "the standby is in use");

    replay("pause");
    try {
      api.record(email, "newsletter", "give");
      boolean fresh = lag.usable();
      String whileBehind = api.decide("email:" + email, "newsletter").get("decision").asString();
      assertThat(fresh && lag.usable()).as("the standby was within the limit").isTrue();
      assertThat(whileBehind).as("the standby has not replayed the consent").isEqualTo("deny");

      await(() -> !lag.usable(), "the standby is bypassed once it is too far behind");
      assertThat(api.decide("email:" + email, "newsletter").get("decision").asString())
          .as("the primary answers")
          .isEqualTo("allow");
    } finally {
      replay("resume");
    }
    await(lag::usable, "the standby is used again once it has caught up");
    assertThat(api.decide("email:" + email, "newsletter").get("decision").asString())
        .isEqualTo("allow");
  }

  private static void replay(String what) throws Exception {
    try (var c =
            DriverManager.getConnection(
                standbyUrl(), TestDatabase.get().user(), TestDatabase.get().password());
        var s = c.createStatement()) {
      s.execute("SELECT pg_wal_replay_" + what + "()");
    }
  }

  private static void await(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + MAX_LAG.multipliedBy(3).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static String standbyUrl() {
    String url = System.getenv("VERN_TEST_DB_READ_URL");
    return url == null ? "" : url;
  }

  /** The standby's address in this run's schema, which it has replayed from the primary. */
  private static String standbyInSchema() {
    String primary = TestDatabase.get().url();
    String schema =
        primary.substring(primary.indexOf("currentSchema=") + "currentSchema=".length());
    return standbyUrl() + (standbyUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
