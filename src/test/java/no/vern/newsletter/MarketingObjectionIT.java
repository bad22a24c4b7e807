package no.vern.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** The preference page's "Object to direct marketing" (Art. 21(3)): at once, no case handler. */
@VernTest
class MarketingObjectionIT {

  @LocalServerPort int port;
  @Autowired ConsentDecisions decisions;
  @Autowired SubjectRegistry registry;
  @Autowired LinkTokens tokens;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void theButtonStopsEveryDirectMarketingActivityBeforeThePageAnswersAndNothingElse() {
    String email = "objector." + UUID.randomUUID() + "@example.invalid";
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
    String page = "/u/p/" + tokens.preferences(subject, clock.instant().plusSeconds(3600));
    assertThat(http.get(page + "?lang=en").body()).contains("Object to direct marketing");
    assertThat(http.get(page + "?lang=nb").body()).contains("Protester mot direkte markedsføring");
    assertThat(decisions.decide(subject, "prospect-research").allowed()).isTrue();

    HttpResponse<String> pressed =
        http.send(
            http.request(page + "/object-to-marketing?lang=en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(pressed.statusCode()).isEqualTo(200);
    assertThat(pressed.body()).contains("data-notice=\"OBJECTED\"");

    // Prospect research rests on legitimate interests: stopped by the objection itself.
    Decision prospects = decisions.decide(subject, "prospect-research");
    assertThat(prospects.allowed()).isFalse();
    assertThat(prospects.reason()).isEqualTo(Decision.Reason.OBJECTED);
    assertThat(decisions.decide(subject, "newsletter").allowed()).isFalse();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM subject_activity_flags WHERE subject_id = ?"
                        + " AND objection_ground = 'direct-marketing' AND objection = 'upheld'")
                .param(subject.value())
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(decisions.decide(subject, "debt-collection").allowed()).isTrue();
    assertThat(decisions.decide(subject, "debt-collection").limitedBy()).isNull();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM dsr_change WHERE subject_id = ?"
                        + " AND kind = 'marketing-objection' AND request_id IS NULL")
                .param(subject.value())
                .query(Long.class)
                .single())
        .isEqualTo(2);

    // From another site: refused, nothing recorded.
    HttpResponse<String> forged =
        http.send(
            http.request(page + "/object-to-marketing?lang=en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example.invalid")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(forged.statusCode()).isEqualTo(403);
  }
}
