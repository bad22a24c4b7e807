package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import no.vern.mail.MailDelivery;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin sign-in as a stranger sees it (finding 5 of issue 10): one answer for every refusal,
 * throttling by address and username that a stranger cannot turn against the rightful user, a mail
 * to the user about a burst of failures, and every attempt on the trail. Each person comes from an
 * address of their own ({@code TestClientAddresses}), so the tests do not throttle each other.
 */
@VernTest
class AdminSignInIT {

  private static final String ADMIN_PASSWORD = "test-admin-password-1234";
  private static final String PASSWORD = "correct-horse-battery";
  private static final String REFUSED = "/admin/login?error";
  // Counters outlive a run on a reused database for an hour: start somewhere else each time.
  private static final AtomicInteger NEXT_ADDRESS =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 17));

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @Autowired Credentials credentials;
  private AdminSession admin;

  @BeforeEach
  void signInAsAdmin() {
    admin = new AdminSession(port);
    assertThat(location(admin.login("admin", ADMIN_PASSWORD))).endsWith("/admin");
  }

  @Test
  void anUnknownNameAWrongPasswordADisabledAccountAndAThrottledAttemptGetTheSameAnswer() {
    String known = newUser();
    String disabled = newUser();
    admin.post("/admin/users", "/admin/users/" + userId(disabled) + "/disable", Map.of());

    List<HttpResponse<String>> answers = new ArrayList<>();
    answers.add(from().login(known, "wrong-password-1"));
    answers.add(from().login("nobody-" + UUID.randomUUID() + "@example.invalid", PASSWORD));
    answers.add(from().login(disabled, PASSWORD));
    AdminSession guesser = from();
    for (int i = 0; i < 5; i++) {
      answers.add(guesser.login(known, "wrong-password-" + i));
    }
    answers.add(guesser.login(known, PASSWORD));

    for (HttpResponse<String> answer : answers) {
      assertThat(location(answer)).endsWith(REFUSED);
    }
    String page = withoutCsrf(guesser.get(REFUSED).body());
    assertThat(page).contains("Sign-in failed.").doesNotContain("locked");
    assertThat(withoutCsrf(from().get(REFUSED).body())).isEqualTo(page);
  }

  @Test
  void aStrangerCannotLockTheRightfulUserOut() {
    String username = newUser();
    List<AdminSession> strangers = List.of(from(), from(), from());
    for (AdminSession stranger : strangers) {
      for (int i = 0; i < 8; i++) {
        assertThat(location(stranger.login(username, "guess-" + i))).endsWith(REFUSED);
      }
    }
    assertThat(location(strangers.get(0).login(username, PASSWORD)))
        .as("a stranger's address waits, even with the right password")
        .endsWith(REFUSED);
    assertThat(location(from().login(username, PASSWORD)))
        .as("the rightful user at an address of their own gets in")
        .endsWith("/admin/password");
  }

  @Test
  void theUserIsToldOnceByMailInBokmalAndEnglishWhenTheirAccountSeesABurstOfFailures()
      throws Exception {
    String username = newUser();
    for (int round = 0; round < 3; round++) {
      AdminSession stranger = from();
      for (int i = 0; i < 5; i++) {
        stranger.login(username, "guess-" + i);
      }
    }
    MailDelivery.dispatchAllDue(context);

    List<MimeMessage> mails = TestSmtpServer.receivedBy(username);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject())
        .isEqualTo(
            "Mislykkede innlogginger på Vern-kontoen din / Failed sign-ins to your Vern account");
    assertThat((String) mails.get(0).getContent())
        .contains("Noen har prøvd å logge inn på Vern-kontoen din med feil passord 10 ganger")
        .contains("Someone has tried to sign in to your Vern account with a wrong password 10")
        .contains("not locked");
    assertThat(actions(1005, userId(username))).isEqualTo(1);
  }

  @Test
  void anAddressThatTriesManyNamesWaitsEvenWithARightPassword() {
    String username = newUser();
    AdminSession sprayer = from();
    for (int i = 0; i < 20; i++) {
      assertThat(location(sprayer.login("nobody-" + i + "@example.invalid", PASSWORD)))
          .endsWith(REFUSED);
    }
    assertThat(location(sprayer.login(username, PASSWORD))).endsWith(REFUSED);
    assertThat(location(from().login(username, PASSWORD))).endsWith("/admin/password");
  }

  @Test
  void theAddressesOfOneIpv6NetworkCountAsOneAddress() {
    String username = newUser();
    String network = "2001:db8:" + Integer.toHexString(NEXT_ADDRESS.getAndIncrement() & 0xffff);
    for (int i = 0; i < 20; i++) {
      new AdminSession(port, network + ":0:" + i + "::1")
          .login("nobody-" + i + "@example.invalid", PASSWORD);
    }
    assertThat(location(new AdminSession(port, network + ":0:ff::2").login(username, PASSWORD)))
        .endsWith(REFUSED);
    assertThat(location(new AdminSession(port, "2001:db8:ffff:1::2").login(username, PASSWORD)))
        .endsWith("/admin/password");
  }

  @Test
  void anAdministratorCanLiftTheDelaysOnAUsername() {
    String username = newUser();
    AdminSession person = from();
    for (int i = 0; i < 5; i++) {
      person.login(username, "mistyped-" + i);
    }
    assertThat(location(person.login(username, PASSWORD))).endsWith(REFUSED);

    admin.post("/admin/users", "/admin/users/" + userId(username) + "/unlock", Map.of());
    assertThat(location(person.login(username, PASSWORD))).endsWith("/admin/password");
  }

  @Test
  void everyAttemptIsOnTheTrailByUserIdAndNoTypedNameIsThere() {
    String username = newUser();
    String unknown = "unknown-" + UUID.randomUUID() + "@example.invalid";
    AdminSession person = from();
    for (int i = 0; i < 6; i++) {
      person.login(username, "mistyped-" + i);
    }
    person.login(unknown, PASSWORD);
    from().login(username, PASSWORD);

    UUID id = userId(username);
    assertThat(actions(1001, id)).as("failed").isEqualTo(5);
    assertThat(actions(1004, id)).as("throttled").isEqualTo(1);
    assertThat(actions(1000, id)).as("succeeded").isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE actor_id IN (?, ?)"
                        + " OR resource_id IN (?, ?)")
                .params(username, unknown, username, unknown)
                .query(Long.class)
                .single())
        .as("no typed username is on the trail")
        .isZero();
  }

  @Test
  void guessesSentAllAtOnceGetNoMoreThanTheFiveAttemptsOfOneAddress() throws Exception {
    String username = newUser();
    String address = "203.0.113." + (NEXT_ADDRESS.getAndIncrement() & 255);
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<LoginResult>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String guess = "guess-" + i;
        results.add(pool.submit(() -> credentials.login(username, guess, address)));
      }
      int checked = 0;
      for (Future<LoginResult> result : results) {
        if (result.get() instanceof LoginResult.Rejected r
            && r.reason() == LoginResult.Reason.BAD_CREDENTIALS) {
          checked++;
        }
      }
      // Each attempt is counted, under a row lock, before its password is checked.
      assertThat(checked).as("passwords checked").isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnknownNameAndADisabledAccountCostAsMuchTimeAsAWrongPassword() {
    String known = newUser();
    String disabled = newUser();
    admin.post("/admin/users", "/admin/users/" + userId(disabled) + "/disable", Map.of());
    String unknown = "nobody-" + UUID.randomUUID() + "@example.invalid";
    long wrong = median(known, "wrong-password");
    long nobody = median(unknown, PASSWORD);
    long off = median(disabled, PASSWORD);
    // One bcrypt takes about a quarter of a second; a path without it takes a few milliseconds.
    assertThat(nobody).as("unknown name, ms").isGreaterThan(wrong / 2);
    assertThat(off).as("disabled account, ms").isGreaterThan(wrong / 2);
  }

  private long median(String username, String password) {
    long[] times = new long[3];
    for (int i = 0; i < times.length; i++) {
      AdminSession person = from();
      long start = System.nanoTime();
      assertThat(location(person.login(username, password))).endsWith(REFUSED);
      times[i] = (System.nanoTime() - start) / 1_000_000;
    }
    java.util.Arrays.sort(times);
    return times[1];
  }

  /** A person at an address of their own, from the benchmarking range 198.18.0.0/15. */
  private AdminSession from() {
    int n = NEXT_ADDRESS.getAndIncrement();
    return new AdminSession(
        port, "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 255) + "." + (n & 255));
  }

  private String newUser() {
    String username = "signin-" + UUID.randomUUID() + "@example.invalid";
    HttpResponse<String> created =
        admin.post(
            "/admin/users",
            "/admin/users",
            Map.of(
                "username",
                username,
                "password",
                PASSWORD,
                "roles",
                "CASE_HANDLER",
                "scope",
                "all"));
    assertThat(created.statusCode()).isEqualTo(302);
    return username;
  }

  private UUID userId(String username) {
    return jdbc.sql("SELECT id FROM access_user WHERE username = ?")
        .param(username)
        .query(UUID.class)
        .single();
  }

  private long actions(int code, UUID userId) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(code, userId.toString())
        .query(Long.class)
        .single();
  }

  private static String withoutCsrf(String page) {
    return page.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "")
        .replaceAll("content=\"[A-Za-z0-9_-]{20,}\"", "");
  }

  private static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElse("(no redirect: " + response.statusCode() + ")");
  }
}
