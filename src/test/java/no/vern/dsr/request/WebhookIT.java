package no.vern.dsr.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.vern.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisation's case system as a real HTTP server on this machine ({@link Edges}): it receives
 * the request events, checks them as docs/dsr.md tells a receiver to, and at times answers 500.
 */
class WebhookIT extends Edges {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired WebhookRetries retries;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void theCaseSystemReceivesEachStepSignedFreshAndWithoutPersonalData() throws Exception {
    String email = "person-" + UUID.randomUUID() + "@example.invalid";
    String id = created(email, "Synthetic description of what the person wants");

    Post received = RECEIVER.awaitOk(id, "request.received");

    assertThat(received.body())
        .matches(
            "\\{\"event\":\"request\\.received\",\"id\":\""
                + id
                + "\",\"reference\":\"R-[2-9A-Z]{4}-[2-9A-Z]{4}\",\"state\":\"received\","
                + "\"dueAt\":\"\\d{4}-\\d{2}-\\d{2}\",\"at\":\"[^\"]+\"\\}")
        .doesNotContain(email)
        .doesNotContain("Synthetic description");
    assertThat(received.signatureValid()).isTrue();
    assertThat(received.age()).isLessThan(Duration.ofMinutes(5));

    http.postJson(http.api("/api/v1/requests/" + id + "/withdrawal"), "{}");
    assertThat(RECEIVER.awaitOk(id, "request.withdrawn").body())
        .contains("\"state\":\"withdrawn\"");
  }

  /**
   * The retry's work is also run here as the task runs it, between looks: every test context shares
   * the one scheduled_tasks table, and a context without a webhook may take the task's turn and put
   * the next one a minute off. It retries only what the registry holds as failed, after the
   * backoff.
   */
  @Test
  void aReceiverAnswering500GetsTheEventAgainFromTheRetryTaskSignedAnew() throws Exception {
    RECEIVER.failNext.set(1);
    String id = created("person-" + UUID.randomUUID() + "@example.invalid", "Synthetic");

    Post retried = RECEIVER.awaitOk(id, "request.received", retries::scheduled);

    List<Post> attempts = RECEIVER.posts(id, "request.received");
    assertThat(attempts).hasSizeGreaterThanOrEqualTo(2);
    assertThat(attempts.get(0).status()).isEqualTo(500);
    assertThat(retried.body()).isEqualTo(attempts.get(0).body());
    assertThat(retried.signatureValid()).isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT (SELECT count(*) FROM audit_entry WHERE resource_id = :id"
                        + " AND action_code = 6015) + (SELECT count(*) FROM audit_pending"
                        + " WHERE resource_id = :id AND action_code = 6015)")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  private String created(String email, String description) {
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/requests"),
            "{\"rights\":[\"access\"],\"identifiers\":{\"email\":\"%s\"},\"channel\":\"letter\",\"description\":\"%s\"}"
                .formatted(email, description));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  record Post(int status, String signature, String body, Instant receivedAt) {

    boolean signatureValid() throws Exception {
      Matcher m = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(signature);
      if (!m.matches()) {
        return false;
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal((m.group(1) + "." + body).getBytes(StandardCharsets.UTF_8));
      return java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(m.group(2)));
    }

    /** How old the signature's time was when the post arrived: a receiver refuses old ones. */
    Duration age() {
      Matcher m = Pattern.compile("t=(\\d+),").matcher(signature);
      assertThat(m.find()).isTrue();
      return Duration.between(Instant.ofEpochSecond(Long.parseLong(m.group(1))), receivedAt).abs();
    }
  }

  static final class Receiver {
    final HttpServer server;
    final List<Post> posts = new CopyOnWriteArrayList<>();
    final AtomicInteger failNext = new AtomicInteger();

    private Receiver(HttpServer server) {
      this.server = server;
    }

    static Receiver start() {
      try {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Receiver receiver = new Receiver(server);
        server.createContext(
            "/hook",
            exchange -> {
              String body =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              int status = receiver.failNext.getAndUpdate(n -> Math.max(n - 1, 0)) > 0 ? 500 : 204;
              receiver.posts.add(
                  new Post(
                      status,
                      String.valueOf(exchange.getRequestHeaders().getFirst("X-Vern-Signature")),
                      body,
                      Instant.now()));
              exchange.sendResponseHeaders(status, -1);
              exchange.close();
            });
        server.start();
        return receiver;
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Post> posts(String id, String event) {
      return posts.stream()
          .filter(p -> p.body().contains("\"id\":\"" + id + "\""))
          .filter(p -> p.body().contains("\"event\":\"" + event + "\""))
          .toList();
    }

    Post awaitOk(String id, String event) throws InterruptedException {
      return awaitOk(id, event, () -> {});
    }

    /** Waits for an accepted post of the event, running {@code meanwhile} between looks. */
    Post awaitOk(String id, String event, Runnable meanwhile) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        var ok = posts(id, event).stream().filter(p -> p.status() / 100 == 2).findFirst();
        if (ok.isPresent()) {
          return ok.get();
        }
        meanwhile.run();
        Thread.sleep(200);
      }
      throw new AssertionError("No " + event + " for " + id + " accepted; got " + posts);
    }
  }
}
