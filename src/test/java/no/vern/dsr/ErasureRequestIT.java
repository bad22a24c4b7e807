package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierFixtures;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An erasure request for a debtor of the debt-collection example: per record, erase or keep with
 * the statutory ground and date, the case under a legal hold, and the person's answer in Bokmål and
 * English (issue 14's Done-when).
 */
@VernTest
class ErasureRequestIT {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired no.vern.dsr.change.PersonsAnswers answers;
  Http http;
  Dsr dsr;
  Changing changing;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    dsr = new Dsr(http, context);
    changing = new Changing(dsr, http);
  }

  record Debtor(SubjectId subject, String email, Map<String, UUID> records) {}

  @ParameterizedTest(name = "answer in {0}")
  @CsvSource({
    "nb, Slettet:, Nyhetsbrev og invitasjoner, hvitvaskingsloven § 30, 30. juni 2030,"
        + " bokføringsloven § 13 andre ledd, rettskrav, Datatilsynet",
    "en, Erased:, Newsletters and invitations, 'the Anti-Money Laundering Act, section 30',"
        + " 'June 30, 2030', 'the Bookkeeping Act, section 13, second paragraph', legal claims,"
        + " Datatilsynet"
  })
  void anErasureRequestErasesMarketingKeepsStatutoryDataWithDatesAndTheCaseUnderAHold(
      String language,
      String erasedHeading,
      String newsletterName,
      String amlLaw,
      String amlDate,
      String accountingLaw,
      String claims,
      String complaint)
      throws Exception {
    Debtor d = debtor();
    UUID hold = hold(d.records().get("debt-collection"));
    String request = changing.verified(d.email(), language, "erasure");

    JsonNode proposal = changing.get("/api/v1/requests/" + request + "/erasure-proposal");
    Map<String, JsonNode> by = byActivity(proposal.get("records"));
    assertThat(by.get("newsletter").get("proposal").asString()).isEqualTo("erase");
    assertThat(by.get("prospect-research").get("proposal").asString()).isEqualTo("erase");
    assertThat(by.get("debt-collection").get("proposal").asString()).isEqualTo("keep");
    assertThat(by.get("debt-collection").get("ground").asString()).isEqualTo("legal-hold");
    assertThat(by.get("debt-collection").get("holds").get(0).asString()).isEqualTo(hold.toString());
    JsonNode aml = by.get("anti-money-laundering");
    assertThat(aml.get("ground").asString()).isEqualTo("legal-obligation");
    assertThat(aml.get("reference").asString()).isEqualTo(amlLaw);
    assertThat(aml.get("keptUntil").asString()).isEqualTo("2030-06-30");
    JsonNode accounting = by.get("accounting-primary");
    assertThat(accounting.get("ground").asString()).isEqualTo("legal-obligation");
    assertThat(accounting.get("reference").asString()).isEqualTo(accountingLaw);
    assertThat(accounting.get("keptUntil").asString()).isEqualTo(accountingDue().toString());

    JsonNode done = changing.ok(request, "erasure", "{\"decisions\":[]}");
    assertThat(done.get("identifiersErased").asBoolean()).isFalse();
    assertThat(exists(d.records().get("newsletter"))).isFalse();
    assertThat(exists(d.records().get("prospect-research"))).isFalse();
    assertThat(exists(d.records().get("client-and-partner-relationships"))).isFalse();
    for (String kept : List.of("debt-collection", "anti-money-laundering", "accounting-primary")) {
      assertThat(exists(d.records().get(kept))).as(kept).isTrue();
      assertThat(restricted(d.subject(), kept)).as(kept + " restricted").isTrue();
    }
    assertThat(changing.steps(jdbc, request)).contains("erased", "restricted");

    List<MimeMessage> mails = dsr.mailbox(d.email());
    String answer = Changing.mailWith(mails, erasedHeading);
    assertThat(answer)
        .contains(erasedHeading, newsletterName, amlLaw, amlDate, accountingLaw, claims, complaint)
        .contains(String.valueOf(accountingDue().getYear()));
    assertThat(done.get("answer").get("kept").toString()).contains(amlLaw, amlDate);
    // The person's own page (/rights/me) shows the same, rebuilt after the records are gone.
    var page = answers.erasures(d.subject().value(), language);
    assertThat(page.erased()).contains(newsletterName);
    assertThat(String.join("\n", page.kept())).contains(amlLaw, amlDate, accountingLaw, claims);
  }

  @Test
  void anOverrideNeedsAReasonAHeldRecordIsNeverErasedAndAPersonLeftWithNothingIsForgotten() {
    Debtor d = debtor();
    hold(d.records().get("debt-collection"));
    String request = changing.verified(d.email(), "en", "erasure");
    String held = d.records().get("debt-collection").toString();

    HttpResponse<String> noReason =
        changing.post(
            request,
            "erasure",
            "{\"decisions\":[{\"record\":\"" + held + "\",\"decision\":\"erase\"}]}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("decisions[0].reason");
    HttpResponse<String> overHold =
        changing.post(
            request,
            "erasure",
            "{\"decisions\":[{\"record\":\""
                + held
                + "\",\"decision\":\"erase\",\"reason\":\"Synthetic: claim settled\"}]}");
    assertThat(overHold.statusCode()).isEqualTo(409);
    assertThat(overHold.body()).contains("urn:vern:problem:legal-hold");
    assertThat(exists(d.records().get("debt-collection"))).isTrue();
    assertThat(exists(d.records().get("newsletter"))).as("nothing erased").isTrue();

    // A person with a newsletter record only: erased, and their address with it.
    String email = "only." + UUID.randomUUID() + "@example.invalid";
    SubjectId only = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
    store(only, "newsletter", "newsletter-signup", Map.of("list", "news"), null);
    String second = changing.verified(email, "en", "erasure");
    JsonNode done = changing.ok(second, "erasure", "{}");
    assertThat(done.get("identifiersErased").asBoolean()).isTrue();
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, email))).isEmpty();
    // The answer still reaches them: the request keeps its own (encrypted) address.
    assertThat(dsr.mailbox(email)).isNotEmpty();
  }

  private Debtor debtor() {
    String email = "debtor." + UUID.randomUUID() + "@example.invalid";
    SubjectId subject =
        registry.resolve(
            List.of(
                new Identifier(IdentifierType.EMAIL, email),
                new Identifier(IdentifierType.NATIONAL_ID, IdentifierFixtures.randomNationalId())));
    Map<String, UUID> ids = new HashMap<>();
    ids.put(
        "debt-collection",
        store(
            subject, "debt-collection", "third-party", Map.of("claim", "Synthetic 900 NOK"), null));
    ids.put(
        "anti-money-laundering",
        store(
            subject,
            "anti-money-laundering",
            "data-subject",
            Map.of("dueDiligence", "Synthetic check"),
            LocalDate.of(2025, 6, 30).atStartOfDay(OSLO).plusHours(12).toInstant()));
    ids.put(
        "accounting-primary",
        store(
            subject, "accounting-primary", "third-party", Map.of("invoice", "Synthetic 1"), null));
    ids.put(
        "newsletter",
        store(subject, "newsletter", "newsletter-signup", Map.of("list", "news"), null));
    ids.put(
        "prospect-research",
        store(subject, "prospect-research", "public-source", Map.of("title", "Synthetic"), null));
    ids.put(
        "client-and-partner-relationships",
        store(
            subject,
            "client-and-partner-relationships",
            "data-subject",
            Map.of("role", "Synthetic contact"),
            null));
    return new Debtor(subject, email, ids);
  }

  private UUID store(
      SubjectId subject, String activity, String source, Map<String, Object> data, Instant ended) {
    RecordId id =
        records.store(
            subject,
            new NewRecord(
                "group",
                activity,
                source,
                clock.instant().minusSeconds(60),
                data,
                null,
                null,
                ended,
                null),
            "system:test");
    return id.value();
  }

  private UUID hold(UUID record) {
    HttpResponse<String> placed =
        http.postJson(
            http.api("/api/v1/retention/holds"),
            "{\"record\":\"%s\",\"reason\":\"Synthetic: the claim is disputed in court\",\"reviewAt\":\"%s\"}"
                .formatted(record, LocalDate.ofInstant(clock.instant(), OSLO).plusYears(1)));
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    return UUID.fromString(Dsr.JSON.readTree(placed.body()).get("id").asString());
  }

  private LocalDate accountingDue() {
    int year = LocalDate.ofInstant(clock.instant().minusSeconds(60), OSLO).getYear();
    return LocalDate.of(year, 12, 31).plusYears(5);
  }

  private static Map<String, JsonNode> byActivity(JsonNode records) {
    Map<String, JsonNode> by = new HashMap<>();
    records.forEach(r -> by.put(r.get("activity").asString(), r));
    return by;
  }

  private boolean exists(UUID record) {
    return jdbc.sql("SELECT count(*) FROM personal_data_record WHERE id = ?")
            .param(record)
            .query(Long.class)
            .single()
        == 1;
  }

  private boolean restricted(SubjectId subject, String activity) {
    return jdbc.sql(
            "SELECT coalesce(bool_or(restricted), false) FROM subject_activity_flags"
                + " WHERE subject_id = ? AND activity = ?")
        .params(subject.value(), activity)
        .query(Boolean.class)
        .single();
  }
}
