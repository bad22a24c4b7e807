package no.vern.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.consent.ConsentApi;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.Decision;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET} and {@code POST /api/v1/decisions} against the example inventory: newsletter and
 * sensitive-case-information rest on consent, debt-collection on contract, legal obligation and
 * legitimate interest.
 */
@VernTest
@ExtendWith(OutputCaptureExtension.class)
class DecisionsIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired LoggingSystem logging;
  @Autowired ConsentDecisions decisions;
  Http http;
  ConsentApi api;

  @BeforeEach
  void client() {
    http = new Http(port);
    api = new ConsentApi(http);
  }

  @Test
  void consentGivenAllowsSinceItWasGiven() {
    String email = ConsentApi.email();
    JsonNode given = api.record(email, "newsletter", "give");

    JsonNode d = api.decide("email:" + email, "newsletter");

    assertThat(d.get("decision").asString()).isEqualTo("allow");
    assertThat(d.get("reason").asString()).isEqualTo("consent-given");
    assertThat(d.get("since").asString()).isEqualTo(given.get("at").asString());
    assertThat(d.get("legalBasis").asString()).isEqualTo("A6-1-a");
  }

  @Test
  void anActivityOnConsentFollowsItsPurpose() {
    String email = ConsentApi.email();
    // website-analytics is an activity whose consent purpose is statistics-cookies.
    api.record(email, "statistics-cookies", "give");
    JsonNode allowed = api.decide("email:" + email, "website-analytics");
    api.record(email, "statistics-cookies", "withdraw");
    JsonNode denied = api.decide("email:" + email, "website-analytics");

    assertThat(allowed.get("reason").asString()).isEqualTo("consent-given");
    assertThat(allowed.get("legalBasis").asString()).isEqualTo("A6-1-a");
    assertThat(denied.get("reason").asString()).isEqualTo("withdrawn");
  }

  @Test
  void withdrawnAndRefusedDenyWithTheirReason() {
    String email = ConsentApi.email();
    // Not a newsletter list: leaving a list erases the identifiers, so a decision by e-mail then
    // says no-record (newsletters.md).
    api.record(email, "preference-cookies", "give");
    JsonNode withdrawn = api.record(email, "preference-cookies", "withdraw");
    api.record(email, "sensitive-case-information", "refuse");

    JsonNode newsletter = api.decide("email:" + email, "preference-cookies");
    assertThat(newsletter.get("decision").asString()).isEqualTo("deny");
    assertThat(newsletter.get("reason").asString()).isEqualTo("withdrawn");
    assertThat(newsletter.get("since").asString()).isEqualTo(withdrawn.get("at").asString());
    assertThat(newsletter.has("legalBasis")).isFalse();
    assertThat(api.decide("email:" + email, "sensitive-case-information").get("reason").asString())
        .isEqualTo("refused");
  }

  @Test
  void aKnownPersonNeverAskedAndAnUnknownPersonBothGetNoRecordInTheSameShape() {
    String known = ConsentApi.email();
    api.record(known, "sensitive-case-information", "give");

    JsonNode neverAsked = api.decide("email:" + known, "newsletter");
    JsonNode unknown = api.decide("email:" + ConsentApi.email(), "newsletter");

    assertThat(neverAsked.toString()).isEqualTo("{\"decision\":\"deny\",\"reason\":\"no-record\"}");
    assertThat(unknown.toString()).isEqualTo(neverAsked.toString());
  }

  @Test
  void anActivityOnOtherLegalBasesIsAllowedOnItsFirstBasisForAKnownPerson() {
    String email = ConsentApi.email();
    api.record(email, "sensitive-case-information", "refuse");

    JsonNode d = api.decide("email:" + email, "debt-collection");

    assertThat(d.get("decision").asString()).isEqualTo("allow");
    assertThat(d.get("reason").asString()).isEqualTo("legal-basis");
    // debt-collection names legal obligation and legitimate interest, in that order (a debtor has
    // no contract with the agency).
    assertThat(d.get("legalBasis").asString()).isEqualTo("A6-1-c");
    assertThat(
            api.decide("email:" + ConsentApi.email(), "debt-collection").get("reason").asString())
        .isEqualTo("no-record");
  }

  @Test
  void aRestrictionDeniesConsentAndLegitimateInterestButLeavesTheLegalObligation() {
    String email = ConsentApi.email();
    UUID subject =
        UUID.fromString(api.record(email, "newsletter", "give").get("subject").asString());
    restrict(subject, "newsletter");
    restrict(subject, "prospect-research");
    restrict(subject, "anti-money-laundering");

    assertThat(api.decide("email:" + email, "newsletter").toString())
        .isEqualTo("{\"decision\":\"deny\",\"reason\":\"restricted\"}");
    assertThat(api.decide("email:" + email, "prospect-research").get("reason").asString())
        .isEqualTo("restricted");
    // Art. 18(2): the law still requires the anti-money-laundering records; the answer says the
    // data is restricted, so nothing else is done with it.
    assertThat(api.decide("email:" + email, "anti-money-laundering").toString())
        .isEqualTo(
            "{\"decision\":\"allow\",\"reason\":\"legal-basis\",\"legalBasis\":\"A6-1-c\","
                + "\"limitedBy\":\"restricted\"}");
    // Other activities are untouched.
    assertThat(api.decide("email:" + email, "enquiries").has("limitedBy")).isFalse();
  }

  @Test
  void anObjectionUnderArticle21_1StopsLegitimateInterestOnlyOnceUpheld() {
    String email = ConsentApi.email();
    UUID subject =
        UUID.fromString(api.record(email, "newsletter", "give").get("subject").asString());
    object(subject, "prospect-research", "raised", "processing");
    object(subject, "anti-money-laundering", "upheld", "processing");
    object(subject, "events", "upheld", "processing");
    object(subject, "newsletter", "upheld", "processing");

    JsonNode raised = api.decide("email:" + email, "prospect-research");
    setObjection(subject, "prospect-research", "rejected");
    JsonNode rejected = api.decide("email:" + email, "prospect-research");
    setObjection(subject, "prospect-research", "upheld");
    JsonNode upheld = api.decide("email:" + email, "prospect-research");

    assertThat(raised.get("decision").asString()).isEqualTo("allow");
    assertThat(raised.get("legalBasis").asString()).isEqualTo("A6-1-f");
    assertThat(rejected.get("decision").asString()).isEqualTo("allow");
    assertThat(upheld.toString()).isEqualTo("{\"decision\":\"deny\",\"reason\":\"objected\"}");
    // Legal obligation, contract and consent are beyond Art. 21(1), upheld or not.
    assertThat(api.decide("email:" + email, "anti-money-laundering").toString())
        .isEqualTo("{\"decision\":\"allow\",\"reason\":\"legal-basis\",\"legalBasis\":\"A6-1-c\"}");
    assertThat(api.decide("email:" + email, "events").get("decision").asString())
        .isEqualTo("allow");
    assertThat(api.decide("email:" + email, "newsletter").get("reason").asString())
        .isEqualTo("consent-given");
  }

  @Test
  void anObjectionToDirectMarketingDeniesFromTheMomentItIsRaised() {
    String email = ConsentApi.email();
    UUID subject =
        UUID.fromString(api.record(email, "newsletter", "give").get("subject").asString());
    object(subject, "newsletter", "raised", "direct-marketing");
    object(subject, "prospect-research", "raised", "direct-marketing");

    assertThat(api.decide("email:" + email, "newsletter").get("reason").asString())
        .isEqualTo("objected");
    assertThat(api.decide("email:" + email, "prospect-research").get("reason").asString())
        .isEqualTo("objected");
    assertThat(api.decide("email:" + email, "surveys").get("decision").asString())
        .isEqualTo("allow");
  }

  @Test
  void theBatchAnswersInOrderAndMatchesTheSingleAnswers() {
    String a = ConsentApi.email();
    String b = ConsentApi.email();
    api.record(a, "newsletter", "give");
    api.record(b, "newsletter", "refuse");
    UUID subjectB =
        UUID.fromString(
            api.record(b, "sensitive-case-information", "give").get("subject").asString());
    restrict(subjectB, "prospect-research");
    restrict(subjectB, "anti-money-laundering");
    List<Map<String, String>> questions =
        List.of(
            Map.of("identifier", "email:" + a, "purpose", "newsletter"),
            Map.of("identifier", "email:" + b, "purpose", "newsletter"),
            Map.of("identifier", "email:" + b, "purpose", "sensitive-case-information"),
            Map.of("identifier", "email:" + b, "purpose", "prospect-research"),
            Map.of("identifier", "email:" + b, "purpose", "anti-money-laundering"),
            Map.of("identifier", "email:" + a, "purpose", "debt-collection"),
            Map.of("identifier", "email:" + ConsentApi.email(), "purpose", "newsletter"));

    HttpResponse<String> response =
        http.postJson(http.api("/api/v1/decisions"), ConsentApi.JSON.writeValueAsString(questions));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answers = ConsentApi.JSON.readTree(response.body());
    assertThat(answers.valueStream().map(n -> n.get("reason").asString()).toList())
        .containsExactly(
            "consent-given",
            "refused",
            "consent-given",
            "restricted",
            "legal-basis",
            "legal-basis",
            "no-record");
    assertThat(answers.get(4).get("limitedBy").asString()).isEqualTo("restricted");
    assertThat(answers.get(5).has("limitedBy")).isFalse();
    // Every known person read is on the trail once, by the time the answer has come (awaited
    // together in one commit of the chain), before the single answers below add their own.
    assertThat(decisionAudits(subjectB)).isEqualTo(1);
    for (int i = 0; i < questions.size(); i++) {
      assertThat(get(questions.get(i).get("identifier"), questions.get(i).get("purpose")))
          .as("single answer %d", i)
          .isEqualTo(answers.get(i));
    }
  }

  @Test
  void badQuestionsAreListedByPositionWithoutTheirValues() {
    List<Map<String, String>> questions =
        List.of(
            Map.of("identifier", "email:not-an-address", "purpose", "newsletter"),
            Map.of("identifier", "shoe-size:42", "purpose", "lottery"),
            Map.of("purpose", "newsletter"));

    HttpResponse<String> response =
        http.postJson(http.api("/api/v1/decisions"), ConsentApi.JSON.writeValueAsString(questions));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = ConsentApi.JSON.readTree(response.body()).get("errors");
    assertThat(errors.valueStream().map(e -> e.get("field").asString()).toList())
        .contains("[0].identifier", "[1].identifier", "[1].purpose", "[2].identifier");
    assertThat(response.body()).doesNotContain("not-an-address");
  }

  @Test
  void theJavaApiGivesTheSameAnswer() {
    String email = ConsentApi.email();
    UUID subject =
        UUID.fromString(api.record(email, "newsletter", "give").get("subject").asString());
    Decision d = decisions.decide(new no.vern.subject.SubjectId(subject), "newsletter");
    assertThat(d.allowed()).isTrue();
    assertThat(d.reason()).isEqualTo(Decision.Reason.CONSENT_GIVEN);
  }

  @Test
  void decisionsAboutAKnownPersonAreAuditedBySubjectId() {
    String email = ConsentApi.email();
    UUID subject =
        UUID.fromString(api.record(email, "newsletter", "give").get("subject").asString());
    get("email:" + email, "newsletter");
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (decisionAudits(subject) == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(decisionAudits(subject)).isEqualTo(1);
  }

  @Test
  void vernsOwnLogsNeverPrintTheIdentifierOfAQuery(CapturedOutput output) {
    String email = ConsentApi.email();
    logging.setLogLevel("org.springframework.web", LogLevel.DEBUG);
    try {
      get("email:" + email, "newsletter");
    } finally {
      logging.setLogLevel("org.springframework.web", null);
    }
    // The request was logged (so the test can fail), with the identifier masked.
    assertThat(output.getOut()).contains("/api/v1/decisions?identifier=***");
    assertThat(output.getAll()).doesNotContain(email).doesNotContain(email.replace("@", "%40"));
  }

  @Test
  void rolesWithoutReasonToAskAreRefused() {
    String auditor = http.tokenWithRole("AUDITOR");
    HttpResponse<String> refused =
        http.send(
            http.request(
                    "/api/v1/decisions?identifier=email:x%40example.invalid&purpose=newsletter")
                .header("Authorization", "Bearer " + auditor)
                .GET());
    String marketing = http.tokenWithRole("MARKETING");
    HttpResponse<String> allowed =
        http.send(
            http.request(
                    "/api/v1/decisions?identifier=email:x%40example.invalid&purpose=newsletter")
                .header("Authorization", "Bearer " + marketing)
                .GET());

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(allowed.statusCode()).isEqualTo(200);
  }

  private JsonNode get(String identifier, String purpose) {
    HttpResponse<String> response =
        http.send(
            http.api(
                    "/api/v1/decisions?identifier="
                        + URLEncoder.encode(identifier, StandardCharsets.UTF_8)
                        + "&purpose="
                        + purpose)
                .GET());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ConsentApi.JSON.readTree(response.body());
  }

  // The requests capability will set these; until then the table is the contract (subjects.md).
  private void restrict(UUID subject, String activity) {
    jdbc.sql(
            "INSERT INTO subject_activity_flags (subject_id, activity, restricted) VALUES (?, ?, true)")
        .params(subject, activity)
        .update();
  }

  private void object(UUID subject, String activity, String state, String ground) {
    jdbc.sql(
            "INSERT INTO subject_activity_flags (subject_id, activity, objection, objection_ground)"
                + " VALUES (?, ?, ?, ?)")
        .params(subject, activity, state, ground)
        .update();
  }

  private void setObjection(UUID subject, String activity, String state) {
    jdbc.sql(
            "UPDATE subject_activity_flags SET objection = ? WHERE subject_id = ? AND activity = ?")
        .params(state, subject, activity)
        .update();
  }

  private long decisionAudits(UUID subject) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code = 4012"
                + " AND resource_type = 'subject' AND resource_id = ?")
        .param(subject.toString())
        .query(Long.class)
        .single();
  }
}
