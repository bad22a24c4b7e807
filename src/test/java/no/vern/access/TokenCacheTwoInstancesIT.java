package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import no.vern.VernApplication;
import no.vern.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: two Vern instances (two application contexts in this JVM) on one database check API
 * tokens from their caches, and a token revoked, narrowed or shortened through one (or in SQL) is
 * refused or narrowed by the other within a second, through PostgreSQL's LISTEN/NOTIFY; the use
 * both instances count ends up in one per-minute row.
 */
class TokenCacheTwoInstancesIT {

  private static final Duration WITHIN = Duration.ofSeconds(1);

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;
  private static JdbcClient jdbc;

  @BeforeAll
  static void startTwoInstances() {
    // One after the other: the first also migrates the schema and makes the shared key files.
    first = start("first");
    second = start("second");
    jdbc = JdbcClient.create(first.getBean(javax.sql.DataSource.class));
    awaitListening(first);
    awaitListening(second);
  }

  @AfterAll
  static void stop() {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
  }

  private static ConfigurableApplicationContext start(String instance) {
    return new SpringApplicationBuilder(VernApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("test")
        .initializers(new TestDatabaseInitializer())
        .properties(
            "vern.test.instance=" + instance,
            "spring.main.banner-mode=off",
            // Longer than the test, so nothing but a notification can make an instance re-read.
            "vern.access.token-cache-lifetime=5m")
        .run();
  }

  @Test
  void aTokenRevokedOnOneInstanceIsRefusedByTheOtherWithinASecond() {
    TokenManagement.Issued token = issue(Role.INTEGRATOR);
    assertThat(check(second, token)).isInstanceOf(TokenCheck.Accepted.class);
    assertThat(check(first, token)).isInstanceOf(TokenCheck.Accepted.class);

    long revokedAt = System.nanoTime();
    assertThat(first.getBean(TokenManagement.class).revoke(Actor.SYSTEM, token.token().id()))
        .isTrue();
    Duration took = awaitCheck(second, token, c -> c instanceof TokenCheck.Rejected);

    assertThat(check(second, token)).isEqualTo(new TokenCheck.Rejected(TokenCheck.Reason.REVOKED));
    assertThat(check(first, token)).isEqualTo(new TokenCheck.Rejected(TokenCheck.Reason.REVOKED));
    assertThat(took).as("refused by the other instance after %s", took).isLessThan(WITHIN);
    org.slf4j.LoggerFactory.getLogger(getClass())
        .info(
            "Revoked on one instance, refused by the other after {} ms",
            Duration.ofNanos(System.nanoTime() - revokedAt).toMillis());
  }

  /**
   * Without the notification the cache would keep answering from memory: with the trigger off, a
   * revocation in SQL goes unnoticed by both instances, which shows the answers came from the cache
   * and not from the database.
   */
  @Test
  void aVerifiedTokenIsAnsweredFromTheCacheUntilTheDatabaseSaysItChanged() {
    TokenManagement.Issued token = issue(Role.INTEGRATOR);
    assertThat(check(second, token)).isInstanceOf(TokenCheck.Accepted.class);
    jdbc.sql("ALTER TABLE access_api_token DISABLE TRIGGER access_api_token_changed_update")
        .update();
    try {
      jdbc.sql("UPDATE access_api_token SET revoked_at = now() WHERE id = ?")
          .param(token.token().id())
          .update();
      assertThat(check(second, token)).isInstanceOf(TokenCheck.Accepted.class);
    } finally {
      jdbc.sql("ALTER TABLE access_api_token ENABLE TRIGGER access_api_token_changed_update")
          .update();
    }
    // Any change that matters now tells every instance; here the same revocation, stamped anew.
    jdbc.sql(
            "UPDATE access_api_token SET revoked_at = now() + interval '1 millisecond' WHERE id = ?")
        .param(token.token().id())
        .update();
    assertThat(awaitCheck(second, token, c -> c instanceof TokenCheck.Rejected)).isLessThan(WITHIN);
  }

  @Test
  void changedRolesAndAnEarlierExpiryInTheDatabaseAreRespectedFromTheCachedRecord()
      throws InterruptedException {
    TokenManagement.Issued token = issue(Role.INTEGRATOR);
    assertThat(check(second, token))
        .isEqualTo(new TokenCheck.Accepted(token.token().id(), Set.of(Role.INTEGRATOR)));

    jdbc.sql("UPDATE access_api_token SET roles = '{AUDITOR}' WHERE id = ?")
        .param(token.token().id())
        .update();
    assertThat(
            awaitCheck(
                second,
                token,
                c ->
                    c instanceof TokenCheck.Accepted a
                        && a.roles().equals(EnumSet.of(Role.AUDITOR))))
        .isLessThan(WITHIN);

    // Expiring in two seconds: read once after the change, then refused at expiry from the
    // record in memory (no further change, so no notification and no new read).
    jdbc.sql("UPDATE access_api_token SET expires_at = now() + interval '2 seconds' WHERE id = ?")
        .param(token.token().id())
        .update();
    Thread.sleep(300);
    assertThat(check(second, token)).isInstanceOf(TokenCheck.Accepted.class);
    assertThat(awaitCheck(second, token, c -> c instanceof TokenCheck.Rejected, 5))
        .isGreaterThan(Duration.ofMillis(1000));
    assertThat(check(second, token)).isEqualTo(new TokenCheck.Rejected(TokenCheck.Reason.EXPIRED));
  }

  @Test
  void anInstanceThatLostItsListeningConnectionListensAgainAndStillHearsRevocations()
      throws InterruptedException {
    List<Integer> before = listenerPids();
    int cut =
        jdbc.sql("SELECT count(pg_terminate_backend(pid)) FROM unnest(?::int[]) AS pid")
            .param(before.toArray(Integer[]::new))
            .query(Integer.class)
            .single();
    assertThat(cut).as("listening connections cut").isGreaterThanOrEqualTo(2);
    // Each instance notices, stops trusting its cache, and listens on a new connection.
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (listenerPids().stream().filter(p -> !before.contains(p)).count() < 2
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(listenerPids()).as("new listening connections").doesNotContainAnyElementsOf(before);
    awaitListening(first);
    awaitListening(second);

    TokenManagement.Issued token = issue(Role.INTEGRATOR);
    assertThat(check(second, token)).isInstanceOf(TokenCheck.Accepted.class);
    first.getBean(TokenManagement.class).revoke(Actor.SYSTEM, token.token().id());
    assertThat(awaitCheck(second, token, c -> c instanceof TokenCheck.Rejected)).isLessThan(WITHIN);
  }

  @Test
  void theUseOfBothInstancesIsCountedInOneRowPerMinute() {
    TokenManagement.Issued token = issue(Role.INTEGRATOR);
    for (int i = 0; i < 7; i++) {
      check(first, token);
    }
    for (int i = 0; i < 5; i++) {
      check(second, token);
    }
    first.getBean(TokenUses.class).flush();
    second.getBean(TokenUses.class).flush();

    var rows =
        jdbc.sql(
                "SELECT uses, first_at <= last_at AS ordered,"
                    + " date_trunc('minute', first_at) = minute AS in_minute"
                    + " FROM access_token_use WHERE token_id = ?")
            .param(token.token().id())
            .query()
            .listOfRows();
    long total = rows.stream().mapToLong(r -> ((Number) r.get("uses")).longValue()).sum();
    assertThat(total).isEqualTo(12);
    assertThat(rows).allSatisfy(r -> assertThat(r.get("ordered")).isEqualTo(true));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("in_minute")).isEqualTo(true));
    assertThat(rows.size()).as("one row per minute the checks spanned").isBetween(1, 2);
    assertThat(
            jdbc.sql("SELECT last_used_at IS NOT NULL FROM access_api_token WHERE id = ?")
                .param(token.token().id())
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  private static TokenManagement.Issued issue(Role role) {
    return first
        .getBean(TokenManagement.class)
        .create(Actor.SYSTEM, "cache " + UUID.randomUUID(), EnumSet.of(role), 30, Scope.ALL);
  }

  private static TokenCheck check(
      ConfigurableApplicationContext instance, TokenManagement.Issued t) {
    return instance.getBean(BearerTokens.class).check(t.secret());
  }

  private static Duration awaitCheck(
      ConfigurableApplicationContext instance,
      TokenManagement.Issued token,
      Predicate<TokenCheck> until) {
    return awaitCheck(instance, token, until, 10);
  }

  /** Checks every 10 ms until the answer fits; how long that took (fails after the patience). */
  private static Duration awaitCheck(
      ConfigurableApplicationContext instance,
      TokenManagement.Issued token,
      Predicate<TokenCheck> until,
      int patienceSeconds) {
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(patienceSeconds).toNanos();
    while (!until.test(check(instance, token))) {
      assertThat(System.nanoTime()).as("the answer never changed").isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static List<Integer> listenerPids() {
    return jdbc.sql(
            "SELECT pid FROM pg_stat_activity WHERE application_name = ?"
                + " AND datname = current_database()")
        .param(TokenChangeListener.APPLICATION_NAME)
        .query(Integer.class)
        .list();
  }

  private static void awaitListening(ConfigurableApplicationContext instance) {
    VerifiedTokens cache = instance.getBean(VerifiedTokens.class);
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    // trusted() turns false at once when the cut is noticed; wait for it to come back.
    while (!cache.trusted() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    assertThat(cache.trusted()).as("listening").isTrue();
  }
}
