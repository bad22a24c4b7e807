package no.vern.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.Decision;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Sign-up through the newsletter form, the confirmation mail and page, and the welcome mail. */
@VernTest
class DoubleOptInIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ConsentDecisions decisions;
  Http http;
  Newsletter newsletter;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    newsletter = new Newsletter(http, context);
  }

  @Test
  void aSignUpIsASubscriptionOnlyOnceThePersonPressesConfirm() throws Exception {
    String email = Newsletter.freshAddress();
    newsletter.signUp(email, "en");

    List<MimeMessage> mails = newsletter.mailbox(email);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject())
        .isEqualTo("Confirm your subscription: Newsletters and invitations");
    String confirm = Newsletter.link(Newsletter.text(mails.get(0)), "/u/confirm/");
    assertThat(decide(email)).isEqualTo("no-record");

    HttpResponse<String> page = http.get(confirm);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Confirm your subscription").contains("Yes, subscribe me");
    assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
    http.get(confirm);
    assertThat(decide(email)).as("a GET, even twice, subscribes no one").isEqualTo("no-record");

    HttpResponse<String> confirmed = post(confirm);
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("You are subscribed");
    Decision decision = decisions.decide(new Identifier(IdentifierType.EMAIL, email), "newsletter");
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.reason()).isEqualTo(Decision.Reason.CONSENT_GIVEN);

    List<MimeMessage> after = newsletter.mailbox(email);
    assertThat(after).hasSize(2);
    MimeMessage welcome = after.get(1);
    assertThat(welcome.getSubject()).isEqualTo("You are subscribed: Newsletters and invitations");
    assertThat(welcome.getHeader("List-Unsubscribe", null))
        .matches(
            "<http://[^>]+/u/[A-Za-z0-9_.-]+>, <mailto:unsubscribe@[^?>]+\\?subject=unsubscribe%20[A-Za-z0-9_.-]+>");
    assertThat(welcome.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    String jws =
        new String(Newsletter.attachment(welcome, "receipt.jws"), StandardCharsets.US_ASCII);
    JWSObject receipt = JWSObject.parse(jws);
    JWKSet keys = JWKSet.parse(http.get("/.well-known/jwks.json").body());
    OctetKeyPair key = (OctetKeyPair) keys.getKeyByKeyId(receipt.getHeader().getKeyID());
    assertThat(receipt.verify(new Ed25519Verifier(key))).isTrue();
    assertThat(receipt.getPayload().toJSONObject())
        .containsEntry("consentStatus", "dpv:ConsentGiven")
        .containsEntry("collectionMethod", "double-opt-in via form:newsletter");

    HttpResponse<String> again = post(confirm);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Already confirmed");
    assertThat(newsletter.mailbox(email)).hasSize(2);
  }

  @Test
  void aForgedConfirmationTokenGetsANotFoundPageAndChangesNothing() {
    HttpResponse<String> page = http.get("/u/confirm/not-a-token?lang=nb");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Lenken er ikke gyldig");
    assertThat(post("/u/confirm/not-a-token").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> post(String path) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("")));
  }

  private String decide(String email) {
    return decisions
        .decide(new Identifier(IdentifierType.EMAIL, email), "newsletter")
        .reason()
        .code();
  }
}
