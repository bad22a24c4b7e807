package no.vern.dsr.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import no.vern.consent.ConsentLedger;
import no.vern.disclosure.Disclosures;
import no.vern.dsr.DsrFixtures;
import no.vern.shared.identifier.IdentifierFixtures;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A debtor signs in with OpenID Connect against a real provider in-process (navikt's
 * mock-oauth2-server, standing in for ID-porten), lands on {@code /rights/me} with their data, and
 * sends their portable data to another controller, which the disclosure register records.
 */
@VernTest
class SelfServiceIT extends MockProvider {

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired Disclosures disclosures;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void aDebtorSignsInWithElectronicIdAndSeesTheirOwnData() throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());

    String landing = signIn(person.nationalId());

    assertThat(landing).isEqualTo("/rights/me");
    HttpResponse<String> me = get("http://localhost:" + port + "/rights/me?lang=en");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("data-state=\"SHOW\"", person.enquiry(), "Debt collection");
    assertThat(me.body()).doesNotContain(person.guarantor());
    // The trail about them, by kind of actor only: this very read is on it.
    assertThat(me.body()).contains("Who has looked at your data", "Vern itself");
    String subject = person.subject().toString();
    assertThat(audits(6056, subject)).isEqualTo(1);
    assertThat(audits(6053, subject)).isEqualTo(1);
    assertThat(audits(6054, subject)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 3022 AND resource_id = ?"
                        + " AND actor_id = 'self-service'")
                .param(subject)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(rowsHolding(person.nationalId())).isZero();

    // Signing out ends it: the page asks to sign in again.
    HttpResponse<String> out = post("/rights/me/signout", "");
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(get("http://localhost:" + port + "/rights/me").body())
        .contains("data-state=\"SIGNIN\"")
        .contains("/rights/signin/oidc");
  }

  @Test
  void someoneVernDoesNotKnowIsToldSoAfterSigningIn() throws Exception {
    String landing = signIn(IdentifierFixtures.randomNationalId());

    assertThat(landing).isEqualTo("/rights/me?notice=NONE");
    assertThat(get("http://localhost:" + port + landing + "&lang=en").body())
        .contains("data-state=\"NOTHING\"", "We hold no data about you");
  }

  @Test
  void portableDataGoesToAnotherControllerAndIsRecordedAsADisclosure() throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    AtomicReference<String> received = new AtomicReference<>();
    HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext(
        "/import",
        exchange -> {
          received.set(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(202, -1);
          exchange.close();
        });
    other.start();
    try {
      signIn(person.nationalId());
      String endpoint = "http://127.0.0.1:" + other.getAddress().getPort() + "/import";

      HttpResponse<String> sent = post("/rights/me/transmit", "endpoint=" + endpoint);

      assertThat(sent.statusCode()).isEqualTo(303);
      assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("notice=SENT");
      assertThat(received.get()).contains("vern-portability/1", person.enquiry());
      assertThat(received.get()).doesNotContain(person.guarantor());
      var register = disclosures.of(person.subject());
      assertThat(register).hasSize(1);
      assertThat(register.get(0).recipient()).isEqualTo("127.0.0.1");
      assertThat(register.get(0).reason()).isEqualTo("PORTABILITY_TRANSMISSION");
      assertThat(register.get(0).activities()).containsExactlyInAnyOrder("enquiries", "events");
      // The register's full entry: another controller, Art. 20(2) as a legal obligation, and the
      // data categories of what was sent, as the person is told in their next access package.
      assertThat(
              jdbc.sql(
                      "SELECT recipient_role || ' ' || array_to_string(legal_bases, ',') || ' '"
                          + " || array_to_string(data_categories, ',') FROM disclosure"
                          + " WHERE subject_id = ?")
                  .param(person.subject().value())
                  .query(String.class)
                  .single())
          .startsWith("independent-controller A6-1-c ")
          .contains("enquiry-content", "event-registration");
      assertThat(audits(6058, person.subject().toString())).isEqualTo(1);

      // A post from another site is refused, whatever the cookie.
      HttpResponse<String> forged =
          browser.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/rights/me/transmit"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Origin", "https://evil.example.invalid")
                  .POST(HttpRequest.BodyPublishers.ofString("endpoint=" + endpoint))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(disclosures.of(person.subject())).hasSize(1);
    } finally {
      other.stop(0);
    }
  }

  @Test
  void aCallbackThatDoesNotMatchASignInStartedHereIsRefused() throws Exception {
    // No VERN_OIDC_REQUEST cookie from a start: a forged or replayed callback.
    HttpResponse<String> forged =
        get("http://localhost:" + port + "/rights/signin/oidc/callback/rights?code=x&state=y");

    assertThat(forged.statusCode()).isEqualTo(302);
    String landing = location(forged);
    assertThat(landing).endsWith("/rights/me?notice=FAILED");
    assertThat(get(landing + "&lang=en").body())
        .contains("data-state=\"SIGNIN\"", "The sign-in did not succeed")
        .doesNotContain("VERN_RIGHTS");
    assertThat(forged.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("VERN_RIGHTS="));
  }

  /** Follows the redirects by hand, as a browser would, and answers where Vern sent it last. */
  private String signIn(String nationalId) throws Exception {
    nextSignInIs(nationalId);
    HttpResponse<String> start =
        get("http://localhost:" + port + "/rights/signin/oidc/start/rights");
    assertThat(start.statusCode()).isEqualTo(302);
    // The provider is another site in real life: what the callback needs must come back on a
    // cross-site redirect, which the admin session (SameSite=Strict) would not; no session at all.
    assertThat(start.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("VERN_OIDC_REQUEST=") && c.contains("SameSite=Lax"))
        .noneMatch(c -> c.startsWith("VERN_SESSION="));
    HttpResponse<String> provider = get(location(start));
    assertThat(provider.statusCode()).isEqualTo(302);
    String callback = location(provider);
    assertThat(callback).startsWith("http://localhost:" + port + "/rights/signin/oidc/callback/");
    HttpResponse<String> back = get(callback);
    assertThat(back.statusCode()).isEqualTo(302);
    URI landing = URI.create(location(back));
    assertThat(landing.getPort()).isEqualTo(port);
    return landing.getRawQuery() == null
        ? landing.getRawPath()
        : landing.getRawPath() + "?" + landing.getRawQuery();
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form)
      throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", "http://localhost:" + port)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long audits(int action, String resourceId) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(action, resourceId)
        .query(Long.class)
        .single();
  }

  private long rowsHolding(String value) {
    return jdbc.sql("SELECT count(*) FROM audit_entry a WHERE strpos(a::text, ?) > 0")
        .param(value)
        .query(Long.class)
        .single();
  }
}
