package no.vern.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.Decision;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.support.Http;
import no.vern.support.StoredRows;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** After an unsubscribe, neither an import nor an API call subscribes the address again. */
@VernTest
class SuppressionIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ConsentDecisions decisions;
  @Autowired JdbcClient jdbc;
  @Autowired no.vern.subject.SubjectRegistry registry;
  Http http;
  Newsletter newsletter;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    newsletter = new Newsletter(http, context);
  }

  @Test
  void anUnsubscribedAddressIsRefusedByImportAndApiUntilThePersonConfirmsAgain() throws Exception {
    String email = Newsletter.freshAddress();
    String unsubscribe = subscribeThenUnsubscribe(email);
    assertThat(unsubscribe).startsWith("/u/");
    StoredRows before = StoredRows.of(jdbc, "personal_data_record");

    HttpResponse<String> imported =
        http.send(
            http.api("/api/v1/imports?activity=newsletter&source=newsletter-signup")
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "email\n" + email + "\n", StandardCharsets.UTF_8)));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"imported\":0").contains("suppressed");
    assertThat(StoredRows.of(jdbc, "personal_data_record").addedSince(before)).isEmpty();

    HttpResponse<String> given =
        http.postJson(
            http.api("/api/v1/consents"),
            "{\"identifiers\":[{\"type\":\"email\",\"value\":\""
                + email
                + "\"}],\"purpose\":\"newsletter\",\"action\":\"give\"}");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(409);
    assertThat(given.body()).contains("urn:vern:problem:suppressed").doesNotContain(email);
    assertThat(decide(email).allowed()).isFalse();

    newsletter.signUp(email, "nb");
    var mails = newsletter.mailbox(email);
    String confirm = Newsletter.link(Newsletter.text(mails.get(mails.size() - 1)), "/u/confirm/");
    http.send(http.request(confirm).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(decide(email).allowed()).as("the person's own confirmation clears it").isTrue();
  }

  private String subscribeThenUnsubscribe(String email) throws Exception {
    newsletter.signUp(email, "en");
    String confirm =
        Newsletter.link(Newsletter.text(newsletter.mailbox(email).get(0)), "/u/confirm/");
    http.send(http.request(confirm).POST(HttpRequest.BodyPublishers.noBody()));
    String unsubscribe = Newsletter.unsubscribePath(newsletter.mailbox(email).get(1));
    var subject = registry.find(new Identifier(IdentifierType.EMAIL, email)).orElseThrow();
    HttpResponse<String> done =
        http.send(
            http.request(unsubscribe)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(decisions.decide(subject, "newsletter").reason())
        .isEqualTo(Decision.Reason.WITHDRAWN);
    assertThat(decide(email).reason())
        .as("identifiers erased")
        .isEqualTo(Decision.Reason.NO_RECORD);
    return unsubscribe;
  }

  private Decision decide(String email) {
    return decisions.decide(new Identifier(IdentifierType.EMAIL, email), "newsletter");
  }
}
