package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import no.vern.consent.ConsentLedger;
import no.vern.subject.PersonalDataRecords;
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

/**
 * Restriction and objection carried out from a request, as the enforcement point then decides: Art.
 * 18(2), 21(1) and 21(3), one test each (issue 14's Done-when).
 */
@VernTest
class ChangeDecisionsIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  Dsr dsr;
  Changing changing;

  @BeforeEach
  void setUp() {
    Http http = new Http(port);
    dsr = new Dsr(http, context);
    changing = new Changing(dsr, http);
  }

  @Test
  void aRestrictionDeniesEveryUseButAnArticle18_2GroundAndThePersonIsToldBeforeItIsLifted()
      throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    String email = person.email();
    String request = changing.verified(email, "en", "restriction");
    assertThat(decision(email, "enquiries", null).get("decision").asString()).isEqualTo("allow");

    JsonNode set =
        changing.ok(request, "restrictions", "{\"activity\":\"enquiries\",\"restricted\":true}");
    assertThat(set.get("changed").asBoolean()).isTrue();

    JsonNode plain = decision(email, "enquiries", null);
    assertThat(plain.get("decision").asString()).isEqualTo("deny");
    assertThat(plain.get("reason").asString()).isEqualTo("restricted");
    for (String ground : List.of("legal-claims", "protection-of-others", "public-interest")) {
      JsonNode grounded = decision(email, "enquiries", ground);
      assertThat(grounded.get("decision").asString()).as(ground).isEqualTo("allow");
      assertThat(grounded.get("limitedBy").asString()).isEqualTo("restricted");
      assertThat(grounded.get("ground").asString()).isEqualTo(ground);
    }
    // Consent: the restricted newsletter is denied too, unless a ground is stated.
    changing.ok(request, "restrictions", "{\"activity\":\"newsletter\",\"restricted\":true}");
    assertThat(decision(email, "newsletter", null).get("reason").asString())
        .isEqualTo("restricted");
    // An activity not restricted is untouched; marketing is no Art. 18(2) ground.
    assertThat(decision(email, "events", null).has("limitedBy")).isFalse();
    HttpResponse<String> bad =
        dsr.post(
            "/api/v1/decisions",
            "[{\"identifier\":\"email:"
                + email
                + "\",\"purpose\":\"enquiries\",\"ground\":\"marketing\"}]");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("[0].ground");

    int before = dsr.mailbox(email).size();
    JsonNode lifted =
        changing.ok(request, "restrictions", "{\"activity\":\"enquiries\",\"restricted\":false}");
    assertThat(lifted.get("changed").asBoolean()).isTrue();
    List<MimeMessage> mails = dsr.mailbox(email);
    assertThat(mails).hasSize(before + 1);
    assertThat(Changing.mailWith(mails, "being lifted")).contains("Enquiries", "Art. 18(3)");
    List<String> steps = changing.steps(jdbc, request);
    assertThat(steps.indexOf("restriction-lift-told"))
        .isGreaterThan(-1)
        .isLessThan(steps.indexOf("restriction-lifted"));
    assertThat(decision(email, "enquiries", null).has("limitedBy")).isFalse();
  }

  @Test
  void anUpheldObjectionStopsOnlyLegitimateInterestsAndARejectedOneTellsTheCompellingGrounds()
      throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    String email = person.email();
    String request = changing.verified(email, "en", "objection");

    // Debt collection rests on a legal obligation and legitimate interests: it goes on, narrowed.
    changing.ok(request, "objections", "{\"activity\":\"debt-collection\",\"outcome\":\"upheld\"}");
    JsonNode collection = decision(email, "debt-collection", null);
    assertThat(collection.get("decision").asString()).isEqualTo("allow");
    assertThat(collection.get("legalBasis").asString()).isEqualTo("A6-1-c");
    assertThat(collection.get("limitedBy").asString()).isEqualTo("objected");
    // Downloads rest on legitimate interests alone: stopped.
    changing.ok(request, "objections", "{\"activity\":\"downloads\",\"outcome\":\"upheld\"}");
    assertThat(decision(email, "downloads", null).get("reason").asString()).isEqualTo("objected");
    // Events (a contract) are not reached by an objection to other activities.
    assertThat(decision(email, "events", null).has("limitedBy")).isFalse();
    // Accounting rests on a legal obligation only: no objection under Art. 21(1) reaches it.
    HttpResponse<String> accounting =
        changing.post(
            request, "objections", "{\"activity\":\"accounting-primary\",\"outcome\":\"upheld\"}");
    assertThat(accounting.statusCode()).isEqualTo(409);
    assertThat(accounting.body()).contains("urn:vern:problem:objection-not-applicable");

    // Rejected: surveys go on, and the person reads why.
    HttpResponse<String> noGrounds =
        changing.post(request, "objections", "{\"activity\":\"surveys\",\"outcome\":\"rejected\"}");
    assertThat(noGrounds.statusCode()).isEqualTo(400);
    changing.ok(
        request,
        "objections",
        "{\"activity\":\"surveys\",\"outcome\":\"rejected\",\"grounds\":\"Synthetic compelling"
            + " ground: the survey is required by our client agreement.\"}");
    assertThat(decision(email, "surveys", null).get("decision").asString()).isEqualTo("allow");
    List<MimeMessage> mails = dsr.mailbox(email);
    assertThat(Changing.mailWith(mails, "compelling legitimate grounds"))
        .contains("Synthetic compelling ground: the survey is required by our client agreement.")
        .contains("Datatilsynet");
  }

  @Test
  void anObjectionToDirectMarketingStopsEveryMarketingActivityAtOnceAndNothingElse()
      throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    String email = person.email();
    assertThat(decision(email, "newsletter", null).get("decision").asString()).isEqualTo("allow");
    String request = changing.verified(email, "nb", "objection");

    JsonNode done = changing.ok(request, "objections", "{\"directMarketing\":true}");
    assertThat(done.get("activities").toString()).contains("newsletter", "prospect-research");

    // In force at once, without a balancing, whatever the basis (consent, legitimate interests).
    JsonNode newsletter = decision(email, "newsletter", null);
    assertThat(newsletter.get("decision").asString()).isEqualTo("deny");
    assertThat(newsletter.get("reason").asString()).isEqualTo("objected");
    assertThat(decision(email, "prospect-research", null).get("reason").asString())
        .isEqualTo("objected");
    // Not even a stated Art. 18(2) ground lets marketing through.
    assertThat(decision(email, "newsletter", "legal-claims").get("decision").asString())
        .isEqualTo("deny");
    // Debt collection, enquiries and events go on as before.
    for (String other : List.of("debt-collection", "enquiries", "events")) {
      JsonNode d = decision(email, other, null);
      assertThat(d.get("decision").asString()).as(other).isEqualTo("allow");
      assertThat(d.has("limitedBy")).as(other).isFalse();
    }
    List<MimeMessage> mails = dsr.mailbox(email);
    assertThat(Changing.mailWith(mails, "direkte markedsføring"))
        .contains("Nyhetsbrev og invitasjoner");
  }

  private JsonNode decision(String email, String purpose, String ground) {
    return changing.decision(email, purpose, ground);
  }
}
