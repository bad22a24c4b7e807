package no.vern.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sending system's side: the recipients list, mailings through the outbox, and renewal. */
@VernTest
class SendingIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String RECIPIENTS = "/api/v1/newsletters/newsletter/recipients";
  private static final String MAILINGS = "/api/v1/newsletters/newsletter/mailings";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ConsentDecisions decisions;
  @Autowired SubjectRegistry registry;
  @Autowired RenewalAsking renewals;
  @Autowired JdbcClient jdbc;
  Http http;
  Newsletter newsletter;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    newsletter = new Newsletter(http, context);
  }

  @Test
  void recipientsAreExactlyTheConfirmedAndNotWithdrawnWithTheirOwnHeaders() throws Exception {
    String confirmedEn = Newsletter.freshAddress();
    String confirmedNb = Newsletter.freshAddress();
    String pending = Newsletter.freshAddress();
    String withdrawn = Newsletter.freshAddress();
    String welcomeUnsubscribe = subscribed(confirmedEn, "en");
    subscribed(confirmedNb, "nb");
    newsletter.signUp(pending, "en");
    http.send(
        http.request(subscribed(withdrawn, "en"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));

    List<JsonNode> all = allRecipients(http.api(RECIPIENTS + "?limit=2"));
    List<String> emails = all.stream().map(r -> r.get("email").asString()).toList();
    assertThat(emails).contains(confirmedEn, confirmedNb).doesNotContain(pending, withdrawn);
    assertThat(emails).doesNotHaveDuplicates();

    JsonNode en = find(all, confirmedEn);
    assertThat(en.get("language").asString()).isEqualTo("en");
    assertThat(find(all, confirmedNb).get("language").asString()).isEqualTo("nb");
    String header = en.get("headers").get("List-Unsubscribe").asString();
    assertThat(header)
        .matches("<https?://[^>]+/u/[^>]+>, <mailto:[^>]+\\?subject=unsubscribe%20.+>");
    assertThat(header).contains(welcomeUnsubscribe);
    assertThat(en.get("headers").get("List-Unsubscribe-Post").asString())
        .isEqualTo("List-Unsubscribe=One-Click");
  }

  @Test
  void onlyMarketingAndAdminMayReadOrMailAndUnknownListsAndBadParametersAreProblems() {
    String marketing = http.tokenWithRole("MARKETING");
    String dpo = http.tokenWithRole("DPO");
    long reads = audited(4042);
    HttpResponse<String> page = http.send(bearer(RECIPIENTS + "?limit=5000", marketing).GET());
    assertThat(page.statusCode()).isEqualTo(200);
    int listed = JSON.readTree(page.body()).get("recipients").size();
    assertThat(audited(4042)).as("one audit entry per call").isEqualTo(reads + 1);
    assertThat(lastAudited(4042)).isEqualTo(String.valueOf(listed));
    HttpResponse<String> denied = http.send(bearer(RECIPIENTS, dpo).GET());
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(http.postJson(bearer(MAILINGS, dpo), mailing("x")).statusCode()).isEqualTo(403);
    assertThat(http.send(http.request(RECIPIENTS).GET()).statusCode()).isEqualTo(401);

    HttpResponse<String> unknown =
        http.send(http.api("/api/v1/newsletters/no-such-list/recipients").GET());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("urn:vern:problem:");
    assertThat(http.send(http.api(RECIPIENTS + "?limit=5001").GET()).statusCode()).isEqualTo(400);
    assertThat(http.send(http.api(RECIPIENTS + "?after=nope").GET()).statusCode()).isEqualTo(400);
  }

  @Test
  void anInvalidMailingListsEveryFieldErrorAndQueuesNothing() {
    HttpResponse<String> answer =
        http.postJson(http.api(MAILINGS), "{\"subject\":{\"nb\":\"Hei\"},\"html\":{\"en\":\"x\"}}");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("\"subject.en\"")
        .contains("\"text\"")
        .contains("\"html.nb\"")
        .doesNotContain("\"subject.nb\"");
  }

  @Test
  void aMailingArrivesWithBothHeadersAndItsOneClickPostUnsubscribes() throws Exception {
    String email = Newsletter.freshAddress();
    subscribed(email, "en");
    SubjectId subject = registry.find(new Identifier(IdentifierType.EMAIL, email)).orElseThrow();

    HttpResponse<String> queued = http.postJson(http.api(MAILINGS), mailing("Autumn news"));
    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
    int count = JSON.readTree(queued.body()).get("queued").asInt();
    assertThat(count).isPositive();
    assertThat(lastAudited(4043)).isEqualTo(String.valueOf(count));

    List<MimeMessage> mails = newsletter.mailbox(email);
    assertThat(mails).hasSize(3);
    MimeMessage mail = mails.get(2);
    assertThat(mail.getSubject()).isEqualTo("Autumn news (en)");
    assertThat(mail.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    assertThat(mail.getHeader("List-Unsubscribe", null)).contains("<mailto:");
    String footerLink = Newsletter.link(Newsletter.text(mail), "/u/");
    String headerLink = Newsletter.unsubscribePath(mail);
    assertThat(footerLink).isEqualTo(headerLink);
    assertThat(Newsletter.text(mail)).startsWith("Body in en");

    HttpResponse<String> oneClick =
        http.send(
            http.request(headerLink)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    assertThat(oneClick.statusCode()).isEqualTo(200);
    Decision after = decisions.decide(subject, "newsletter");
    assertThat(after.allowed()).isFalse();
    assertThat(after.reason()).isEqualTo(Decision.Reason.WITHDRAWN);
    assertThat(
            allRecipients(http.api(RECIPIENTS + "?limit=5000")).stream()
                .map(r -> r.get("email").asString()))
        .doesNotContain(email);
  }

  @Test
  void aConsentMarkedForRenewalIsAskedOnceWithALinkToThePreferencePage() throws Exception {
    String email = Newsletter.freshAddress();
    subscribed(email, "nb");
    SubjectId subject = registry.find(new Identifier(IdentifierType.EMAIL, email)).orElseThrow();
    // What RenewalMarking does when a notice changes the purpose materially.
    jdbc.sql(
            "UPDATE consent_state SET renewal_required = true"
                + " WHERE subject_id = ? AND purpose = 'newsletter'")
        .param(subject.value())
        .update();

    renewals.sweep();
    renewals.sweep();
    List<MimeMessage> mails = newsletter.mailbox(email);
    assertThat(mails).hasSize(3);
    MimeMessage renewal = mails.get(2);
    assertThat(renewal.getSubject()).startsWith("Vil du fortsatt ha dette?");
    assertThat(Newsletter.link(Newsletter.text(renewal), "/u/p/")).contains("lang=nb");
    assertThat(renewal.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    renewals.sweep();
    assertThat(newsletter.mailbox(email)).hasSize(3);
  }

  /** Signs up, confirms, and returns the path of the welcome mail's List-Unsubscribe URL. */
  private String subscribed(String email, String lang) throws Exception {
    newsletter.signUp(email, lang);
    String confirm =
        Newsletter.link(Newsletter.text(newsletter.mailbox(email).get(0)), "/u/confirm/");
    http.send(http.request(confirm).POST(HttpRequest.BodyPublishers.noBody()));
    List<MimeMessage> mails = newsletter.mailbox(email);
    assertThat(mails).hasSize(2);
    return Newsletter.unsubscribePath(mails.get(1));
  }

  private long audited(int action) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ?")
        .param(action)
        .query(Long.class)
        .single();
  }

  /** The resource id (the count) of the latest entry with this action. */
  private String lastAudited(int action) {
    return jdbc.sql(
            "SELECT resource_id FROM audit_entry WHERE action_code = ? ORDER BY id DESC LIMIT 1")
        .param(action)
        .query(String.class)
        .single();
  }

  /** Follows the cursor to the end. */
  private List<JsonNode> allRecipients(HttpRequest.Builder first) {
    List<JsonNode> all = new ArrayList<>();
    String uri = first.build().uri().toString();
    String next = null;
    do {
      String page = next == null ? uri : uri + "&after=" + next;
      HttpResponse<String> answer = http.send(http.api(path(page)).GET());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode body = JSON.readTree(answer.body());
      body.get("recipients").forEach(all::add);
      next = body.get("next").isNull() ? null : body.get("next").asString();
    } while (next != null);
    return all;
  }

  private static String path(String uri) {
    return uri.substring(uri.indexOf("/api/"));
  }

  private static JsonNode find(List<JsonNode> all, String email) {
    return all.stream()
        .filter(r -> r.get("email").asString().equals(email))
        .findFirst()
        .orElseThrow();
  }

  private HttpRequest.Builder bearer(String path, String token) {
    return http.request(path).header("Authorization", "Bearer " + token);
  }

  private static String mailing(String subject) {
    return "{\"subject\":{\"nb\":\""
        + subject
        + " (nb)\",\"en\":\""
        + subject
        + " (en)\"},\"text\":{\"nb\":\"Body in nb\",\"en\":\"Body in en\"},"
        + "\"html\":{\"nb\":\"<p>Body in nb</p>\",\"en\":\"<html><body><p>Body in en</p></body></html>\"}}";
  }
}
