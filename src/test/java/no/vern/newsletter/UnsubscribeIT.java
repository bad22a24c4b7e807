package no.vern.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.Decision;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** RFC 8058 one-click unsubscribe, as a mailbox provider and as a person use it. */
@VernTest
class UnsubscribeIT {

  private static final String BOUNDARY = "vernboundary42";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ConsentDecisions decisions;
  @Autowired SubjectRegistry registry;
  @Autowired JdbcClient jdbc;
  Http http;
  Newsletter newsletter;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    newsletter = new Newsletter(http, context);
  }

  @Test
  void aMultipartOneClickPostUnsubscribesAtOnceErasesTheNewsletterDataAndIsIdempotent()
      throws Exception {
    String email = Newsletter.freshAddress();
    String unsubscribe = subscribed(email);
    SubjectId subject = registry.find(identifier(email)).orElseThrow();
    assertThat(newsletterRecords(subject)).isEqualTo(1);

    HttpResponse<String> first = multipart(unsubscribe);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Location")).isEmpty();
    assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(first.body()).contains("data-state=\"DONE\"");

    Decision decision = decisions.decide(subject, "newsletter");
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).isEqualTo(Decision.Reason.WITHDRAWN);
    assertThat(newsletterRecords(subject)).isZero();
    assertThat(registry.find(identifier(email))).as("no other records: identifiers gone").isEmpty();

    HttpResponse<String> again = multipart(unsubscribe);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(withdrawals(subject)).isEqualTo(1);
  }

  @Test
  void anUrlencodedOneClickPostFromAForeignOriginUnsubscribesToo() throws Exception {
    String email = Newsletter.freshAddress();
    String unsubscribe = subscribed(email);
    SubjectId subject = registry.find(identifier(email)).orElseThrow();

    HttpResponse<String> answer =
        http.send(
            http.request(unsubscribe)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://mail.provider.example.invalid")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Location")).isEmpty();
    assertThat(decisions.decide(subject, "newsletter").reason())
        .isEqualTo(Decision.Reason.WITHDRAWN);
    assertThat(newsletterRecords(subject)).isZero();
    assertThat(
            http.send(
                    http.request(unsubscribe)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")))
                .statusCode())
        .isEqualTo(200);
    assertThat(withdrawals(subject)).isEqualTo(1);
  }

  @Test
  void aGetShowsAPageAndRemovesNothing() throws Exception {
    String email = Newsletter.freshAddress();
    String unsubscribe = subscribed(email);
    SubjectId subject = registry.find(identifier(email)).orElseThrow();

    HttpResponse<String> page = http.get(unsubscribe + "?lang=en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Unsubscribe?")
        .contains("name=\"List-Unsubscribe\" value=\"One-Click\"")
        .contains("/u/p/");
    http.get(unsubscribe);
    assertThat(decisions.decide(subject, "newsletter").allowed()).isTrue();
    assertThat(newsletterRecords(subject)).isEqualTo(1);
  }

  @Test
  void anAlteredTokenGetsANotFoundPageAndChangesNothing() throws Exception {
    String email = Newsletter.freshAddress();
    String unsubscribe = subscribed(email);
    SubjectId subject = registry.find(identifier(email)).orElseThrow();
    char last = unsubscribe.charAt(unsubscribe.length() - 1);
    String altered = unsubscribe.substring(0, unsubscribe.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(multipart(altered).statusCode()).isEqualTo(404);
    assertThat(http.get(altered).statusCode()).isEqualTo(404);
    assertThat(multipart("/u/forged.token").statusCode()).isEqualTo(404);
    assertThat(decisions.decide(subject, "newsletter").allowed()).isTrue();
    assertThat(newsletterRecords(subject)).isEqualTo(1);
  }

  /** Signs up, confirms, and returns the path of the welcome mail's List-Unsubscribe URL. */
  private String subscribed(String email) throws Exception {
    newsletter.signUp(email, "en");
    String confirm =
        Newsletter.link(Newsletter.text(newsletter.mailbox(email).get(0)), "/u/confirm/");
    http.send(http.request(confirm).POST(HttpRequest.BodyPublishers.noBody()));
    List<MimeMessage> mails = newsletter.mailbox(email);
    assertThat(mails).hasSize(2);
    return Newsletter.unsubscribePath(mails.get(1));
  }

  private HttpResponse<String> multipart(String path) {
    String body =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--"
            + BOUNDARY
            + "--\r\n";
    return http.send(
        http.request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private long newsletterRecords(SubjectId subject) {
    return jdbc.sql(
            "SELECT count(*) FROM personal_data_record WHERE subject_id = ? AND activity = 'newsletter'")
        .param(subject.value())
        .query(Long.class)
        .single();
  }

  private long withdrawals(SubjectId subject) {
    return jdbc.sql(
            "SELECT count(*) FROM consent_event WHERE subject_id = ? AND status = 'WITHDRAWN'")
        .param(subject.value())
        .query(Long.class)
        .single();
  }

  private static Identifier identifier(String email) {
    return new Identifier(IdentifierType.EMAIL, email);
  }
}
