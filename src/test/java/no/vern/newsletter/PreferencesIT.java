package no.vern.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** The person's preference page from the welcome mail's link, and the link request at /u/. */
@VernTest
class PreferencesIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ConsentDecisions decisions;
  @Autowired SubjectRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired LinkTokens tokens;
  @Autowired java.time.Clock clock;
  Http http;
  Newsletter newsletter;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    newsletter = new Newsletter(http, context);
  }

  @Test
  void thePageListsTheConsentsAndOneClickWithdrawsTheListAndErasesItsData() throws Exception {
    String email = Newsletter.freshAddress();
    String page = subscribed(email);
    SubjectId subject = registry.find(identifier(email)).orElseThrow();
    give(email, "sensitive-case-information");

    HttpResponse<String> shown = http.get(page);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(shown.body())
        .contains("Your privacy choices")
        .contains("data-purpose=\"newsletter\" data-state=\"GIVEN\"")
        .contains("data-purpose=\"sensitive-case-information\" data-state=\"GIVEN\"");
    assertThat(shown.headers().firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(http.get(page.replace("lang=en", "lang=nb")).body()).contains("Dine personvernvalg");
    assertThat(pageViews(subject)).isEqualTo(2);

    HttpResponse<String> withdrawn = post(base(page) + "/withdraw/newsletter?lang=en", origin());
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(withdrawn.body())
        .contains("data-notice=\"WITHDRAWN\"")
        .contains("data-purpose=\"newsletter\" data-state=\"WITHDRAWN\"")
        .contains("data-purpose=\"sensitive-case-information\" data-state=\"GIVEN\"");
    Decision decision = decisions.decide(subject, "newsletter");
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).isEqualTo(Decision.Reason.WITHDRAWN);
    assertThat(newsletterRecords(subject)).isZero();
    assertThat(channelOfLastEvent(subject, "newsletter")).isEqualTo("preference-page");

    HttpResponse<String> other =
        post(base(page) + "/withdraw/sensitive-case-information?lang=en", origin());
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(decisions.decide(subject, "sensitive-case-information").reason())
        .isEqualTo(Decision.Reason.WITHDRAWN);

    HttpResponse<String> again =
        post(base(page) + "/give/sensitive-case-information?lang=en", origin());
    assertThat(again.body()).contains("data-notice=\"RECORDED\"");
    assertThat(decisions.decide(subject, "sensitive-case-information").allowed()).isTrue();
  }

  @Test
  void givingAListAgainStartsANewDoubleOptInWhileTheAddressIsStillHeld() throws Exception {
    String email = Newsletter.freshAddress();
    String page = subscribed(email);
    SubjectId subject = registry.find(identifier(email)).orElseThrow();
    // A record of another activity keeps the address through the unsubscribe's erasure.
    HttpResponse<String> enquiry =
        http.postJson(
            http.api("/api/v1/records"),
            "{\"activity\":\"enquiries\",\"identifiers\":{\"email\":\""
                + email
                + "\"},\"data\":{\"message\":\"hello\"},\"source\":\"contact-form\"}");
    assertThat(enquiry.statusCode()).as(enquiry.body()).isEqualTo(201);
    post(base(page) + "/withdraw/newsletter?lang=en", origin());
    assertThat(registry.find(identifier(email))).isPresent();

    int before = newsletter.mailbox(email).size();
    HttpResponse<String> again = post(base(page) + "/give/newsletter?lang=en", origin());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("data-notice=\"CONFIRMATION_SENT\"");
    List<MimeMessage> mails = newsletter.mailbox(email);
    assertThat(mails).hasSize(before + 1);
    String confirm = Newsletter.link(Newsletter.text(mails.get(mails.size() - 1)), "/u/confirm/");
    assertThat(decisions.decide(subject, "newsletter").allowed())
        .as("not before confirmed")
        .isFalse();

    http.send(http.request(confirm).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(decisions.decide(subject, "newsletter").allowed()).isTrue();
  }

  @Test
  void givingAListAgainWithoutAnAddressLeftSaysSoAndMailsNothing() throws Exception {
    String email = Newsletter.freshAddress();
    String page = subscribed(email);
    post(base(page) + "/withdraw/newsletter?lang=en", origin());
    assertThat(registry.find(identifier(email))).as("identifiers erased").isEmpty();
    int before = newsletter.mailbox(email).size();

    HttpResponse<String> again = post(base(page) + "/give/newsletter?lang=en", origin());
    assertThat(again.body()).contains("data-notice=\"NO_ADDRESS\"");
    assertThat(newsletter.mailbox(email)).hasSize(before);
  }

  @Test
  void aForgedTokenOrAForeignOriginChangesNothing() throws Exception {
    String email = Newsletter.freshAddress();
    String page = subscribed(email);
    SubjectId subject = registry.find(identifier(email)).orElseThrow();
    String base = base(page);
    char last = base.charAt(base.length() - 1);
    String forged = base.substring(0, base.length() - 1) + (last == 'A' ? 'B' : 'A');

    HttpResponse<String> shown = http.get(forged + "?lang=en");
    assertThat(shown.statusCode()).isEqualTo(404);
    assertThat(shown.body()).contains("This link is not valid").doesNotContain("data-purpose");
    assertThat(post(forged + "/withdraw/newsletter", origin()).statusCode()).isEqualTo(404);
    assertThat(post("/u/p/forged.token/withdraw/newsletter", null).statusCode()).isEqualTo(404);

    String expired = tokens.preferences(subject, clock.instant().minusSeconds(1));
    assertThat(http.get("/u/p/" + expired).statusCode()).isEqualTo(404);
    assertThat(post("/u/p/" + expired + "/withdraw/newsletter", null).statusCode()).isEqualTo(404);
    assertThat(post(base + "/withdraw/newsletter", "null").statusCode()).isEqualTo(403);

    HttpResponse<String> foreign =
        post(base + "/withdraw/newsletter?lang=en", "https://evil.example.invalid");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("another website");

    assertThat(decisions.decide(subject, "newsletter").allowed()).isTrue();
    assertThat(newsletterRecords(subject)).isEqualTo(1);
  }

  @Test
  void theOwnReceiptsDownloadAndVerifyButNobodyElses() throws Exception {
    String email = Newsletter.freshAddress();
    String page = subscribed(email);
    String otherPage = subscribed(Newsletter.freshAddress());

    String receiptPath = receiptLink(http.get(page).body());
    HttpResponse<String> receipt = http.get(receiptPath);
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(receipt.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/jose");
    JWSObject jws = JWSObject.parse(receipt.body());
    JWKSet keys = JWKSet.parse(http.get("/.well-known/jwks.json").body());
    JWK key = keys.getKeyByKeyId(jws.getHeader().getKeyID());
    assertThat(key).isNotNull();
    assertThat(jws.verify(new Ed25519Verifier((OctetKeyPair) key))).isTrue();
    SubjectId subject = registry.find(identifier(email)).orElseThrow();
    assertThat(jws.getPayload().toJSONObject())
        .containsEntry("piiPrincipalId", "urn:uuid:" + subject.value());

    String event = receiptPath.substring(receiptPath.lastIndexOf('/') + 1);
    assertThat(http.get(base(otherPage) + "/receipts/" + event).statusCode()).isEqualTo(404);
    assertThat(http.get(base(page) + "/receipts/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(http.get(base(page) + "/receipts/not-an-id").statusCode()).isEqualTo(404);
  }

  @Test
  void theLinkRequestAnswersTheSameForKnownAndUnknownAddressesAndMailsOnlyTheKnown()
      throws Exception {
    String known = Newsletter.freshAddress();
    subscribed(known);
    String unknown = Newsletter.freshAddress();
    int knownBefore = newsletter.mailbox(known).size();

    assertThat(http.get("/u/?lang=en").body()).contains("name=\"email\"");
    HttpResponse<String> forKnown = requestLink(known);
    HttpResponse<String> forUnknown = requestLink(unknown);
    assertThat(forKnown.statusCode()).isEqualTo(200).isEqualTo(forUnknown.statusCode());
    assertThat(forKnown.body()).isEqualTo(forUnknown.body());
    assertThat(forKnown.body()).contains("If we know this address, we have sent you a link.");
    assertThat(requestLink("not an address").body()).isEqualTo(forUnknown.body());

    List<MimeMessage> mails = newsletter.mailbox(known);
    assertThat(mails).hasSize(knownBefore + 1);
    String link = Newsletter.link(Newsletter.text(mails.get(mails.size() - 1)), "/u/p/");
    assertThat(http.get(link).body()).contains("data-purpose=\"newsletter\" data-state=\"GIVEN\"");
    assertThat(newsletter.mailbox(unknown)).isEmpty();
  }

  /** Signs up, confirms, and returns the welcome mail's preference page path (English). */
  private String subscribed(String email) throws Exception {
    newsletter.signUp(email, "en");
    String confirm =
        Newsletter.link(Newsletter.text(newsletter.mailbox(email).get(0)), "/u/confirm/");
    http.send(http.request(confirm).POST(HttpRequest.BodyPublishers.noBody()));
    List<MimeMessage> mails = newsletter.mailbox(email);
    assertThat(mails).hasSize(2);
    return Newsletter.link(Newsletter.text(mails.get(1)), "/u/p/");
  }

  private HttpResponse<String> requestLink(String email) {
    return http.send(
        http.request("/u/?lang=en")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "email="
                        + java.net.URLEncoder.encode(
                            email, java.nio.charset.StandardCharsets.UTF_8))));
  }

  private void give(String email, String purpose) {
    HttpResponse<String> answer =
        http.postJson(
            http.api("/api/v1/consents"),
            "{\"identifiers\":[{\"type\":\"email\",\"value\":\""
                + email
                + "\"}],\"purpose\":\""
                + purpose
                + "\",\"action\":\"give\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
  }

  private HttpResponse<String> post(String path, String origin) {
    HttpRequest.Builder request =
        http.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.noBody());
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request);
  }

  private String origin() {
    return "http://localhost:" + port;
  }

  private static String base(String page) {
    int query = page.indexOf('?');
    return query < 0 ? page : page.substring(0, query);
  }

  private static String receiptLink(String html) {
    Matcher m = Pattern.compile("href=\"(/u/p/[^\"]+/receipts/[^\"]+)\"").matcher(html);
    assertThat(m.find()).as(html).isTrue();
    return m.group(1);
  }

  private long newsletterRecords(SubjectId subject) {
    return jdbc.sql(
            "SELECT count(*) FROM personal_data_record WHERE subject_id = ? AND activity = 'newsletter'")
        .param(subject.value())
        .query(Long.class)
        .single();
  }

  private long pageViews(SubjectId subject) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code = 4046"
                + " AND resource_type = 'subject' AND resource_id = ?")
        .param(subject.toString())
        .query(Long.class)
        .single();
  }

  private String channelOfLastEvent(SubjectId subject, String purpose) {
    return jdbc.sql(
            "SELECT channel FROM consent_event WHERE subject_id = ? AND purpose = ?"
                + " ORDER BY seq DESC LIMIT 1")
        .params(subject.value(), purpose)
        .query(String.class)
        .single();
  }

  private static Identifier identifier(String email) {
    return new Identifier(IdentifierType.EMAIL, email);
  }
}
