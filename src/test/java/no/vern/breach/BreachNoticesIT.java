package no.vern.breach;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.vern.mail.MailDelivery;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finding who a breach touched (records of an activity in a time window) and telling them (Art.
 * 34): counted right, one mail each in their language, none twice.
 */
@VernTest
class BreachNoticesIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  private Http http;
  private String dpo;
  // A window of one hour on a random day of 1999, which no other test's records fall in.
  private Instant from;
  private Instant to;

  @BeforeEach
  void window() {
    http = new Http(port);
    dpo = http.tokenWithRole("DPO");
    from =
        Instant.parse("1999-01-01T00:00:00Z")
            .plus(Duration.ofHours(ThreadLocalRandom.current().nextInt(24 * 360)));
    to = from.plus(Duration.ofHours(1));
  }

  @Test
  void theAffectedAreCountedByActivityAndWindowAndEachIsToldOnceInTheirLanguage() throws Exception {
    String first = email();
    String second = email();
    String english = email();
    SubjectId a = person(first, "debt-collection", from.plusSeconds(60));
    record(a, "debt-collection", from.plusSeconds(120));
    person(second, "debt-collection", to);
    SubjectId c = person(english, "debt-collection", from.plusSeconds(1800));
    consentInEnglish(english);
    String before = email();
    person(before, "debt-collection", from.minusSeconds(1));
    String other = email();
    person(other, "anti-money-laundering", from.plusSeconds(60));
    SubjectId noAddress =
        registry.resolve(
            List.of(new Identifier(IdentifierType.CUSTOMER_NUMBER, "C-" + UUID.randomUUID())));
    record(noAddress, "debt-collection", from.plusSeconds(90));
    String id = breach();

    JsonNode count = affected(id, false);
    assertThat(count.get("count").asLong()).isEqualTo(4);
    assertThat(count.has("subjects")).isFalse();
    JsonNode list = affected(id, true);
    assertThat(list.get("subjects").size()).isEqualTo(4);
    assertThat(list.get("subjects").toString()).contains(a.toString(), c.toString());
    assertThat(
            http.send(
                    http.request(query(id, false))
                        .header("Authorization", "Bearer " + http.tokenWithRole("CASE_HANDLER"))
                        .GET())
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> refused = notices(id);
    assertThat(refused.statusCode()).as("risk not assessed as high yet").isEqualTo(409);
    assertThat(JSON.readTree(refused.body()).get("type").asString())
        .isEqualTo("urn:vern:problem:risk-not-high");
    assessHigh(id);

    HttpResponse<String> sent = notices(id);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    JsonNode result = JSON.readTree(sent.body());
    assertThat(result.get("found").asLong()).isEqualTo(4);
    assertThat(result.get("told").asInt()).isEqualTo(3);
    assertThat(result.get("withoutAddress").asInt()).isEqualTo(1);

    HttpResponse<String> again = notices(id);
    assertThat(JSON.readTree(again.body()).get("told").asInt()).isZero();
    assertThat(JSON.readTree(again.body()).get("alreadyTold").asInt()).isEqualTo(3);

    MailDelivery.dispatchAllDue(context);
    assertThat(TestSmtpServer.receivedBy(first)).hasSize(1);
    assertThat(TestSmtpServer.receivedBy(second)).hasSize(1);
    assertThat(TestSmtpServer.receivedBy(english)).hasSize(1);
    assertThat(TestSmtpServer.receivedBy(before)).isEmpty();
    assertThat(TestSmtpServer.receivedBy(other)).isEmpty();
    String bokmal = text(TestSmtpServer.receivedBy(first).get(0));
    assertThat(bokmal)
        .contains(
            "artikkel 34",
            "En ansatts bærbare PC",
            "Hva du kan gjøre",
            "Vær på vakt",
            "personvernombud@brattli.example.invalid");
    String inEnglish = text(TestSmtpServer.receivedBy(english).get(0));
    assertThat(inEnglish).contains("Article 34", "A staff laptop", "What you can do");
    assertThat(inEnglish).doesNotContain("bærbare");

    JsonNode told =
        JSON.readTree(
            http.send(
                    http.request("/api/v1/breaches/" + id + "/subject-notices")
                        .header("Authorization", "Bearer " + dpo)
                        .GET())
                .body());
    assertThat(told.get("told").size()).isEqualTo(3);
  }

  @Test
  void theAffectedAreCountedByWhatWasDisclosedToARecipientInAPeriod() {
    SubjectId inside = person(email(), "debt-collection", from.minusSeconds(3600));
    SubjectId twice = person(email(), "debt-collection", from.minusSeconds(3600));
    SubjectId outside = person(email(), "debt-collection", from.minusSeconds(3600));
    disclose(inside, from.plusSeconds(10));
    disclose(twice, from.plusSeconds(20));
    disclose(twice, from.plusSeconds(30));
    disclose(outside, to.plusSeconds(1));
    String id = breach();

    JsonNode found =
        JSON.readTree(
            http.send(
                    http.request(
                            "/api/v1/breaches/"
                                + id
                                + "/affected?recipient=credit-information-agency&from="
                                + from
                                + "&to="
                                + to
                                + "&list=true")
                        .header("Authorization", "Bearer " + dpo)
                        .GET())
                .body());

    assertThat(found.get("count").asLong()).isEqualTo(2);
    assertThat(found.get("subjects").toString())
        .contains(inside.toString(), twice.toString())
        .doesNotContain(outside.toString());
    HttpResponse<String> noPeriod =
        http.send(
            http.request("/api/v1/breaches/" + id + "/affected?recipient=credit-information-agency")
                .header("Authorization", "Bearer " + dpo)
                .GET());
    assertThat(noPeriod.statusCode()).isEqualTo(400);
  }

  @Test
  void theDpoSendsTheNoticesFromTheBreachPageAndARepeatTellsNobodyTwice() throws Exception {
    String address = email();
    person(address, "debt-collection", from.plusSeconds(5));
    String id = breach();
    assessHigh(id);
    var mvc =
        org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(
                (org.springframework.web.context.WebApplicationContext) context)
            .apply(
                org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers
                    .springSecurity())
            .build();
    var send =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/admin/breaches/" + id + "/subject-notices")
            .with(
                org.springframework.security.test.web.servlet.request
                    .SecurityMockMvcRequestPostProcessors.user("user:" + UUID.randomUUID())
                    .roles("DPO"))
            .with(
                org.springframework.security.test.web.servlet.request
                    .SecurityMockMvcRequestPostProcessors.csrf())
            .param("activity", "debt-collection")
            .param("from", local(from))
            .param("to", local(to))
            .param("nb.whatHappened", "Et brev ble sendt til feil adresse.")
            .param("nb.consequences", "En annen kan ha lest kravet ditt.")
            .param("nb.measures", "Vi har bedt mottakeren slette brevet.")
            .param("nb.advice", "Du trenger ikke gjøre noe.");

    String first = mvc.perform(send).andReturn().getResponse().getRedirectedUrl();
    String second = mvc.perform(send).andReturn().getResponse().getRedirectedUrl();

    assertThat(first).endsWith("?told=1&alreadyTold=0&withoutAddress=0");
    assertThat(second).endsWith("?told=0&alreadyTold=1&withoutAddress=0");
    MailDelivery.dispatchAllDue(context);
    assertThat(TestSmtpServer.receivedBy(address)).hasSize(1);
    assertThat(text(TestSmtpServer.receivedBy(address).get(0)))
        .contains("Et brev ble sendt til feil adresse.", "Du trenger ikke gjøre noe.");
  }

  /** The browser's datetime-local value for an instant, in Oslo time. */
  private static String local(Instant at) {
    return at.atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDateTime().toString();
  }

  @Test
  void theAffectedAreCountedByTheImportThatBroughtThemIn() {
    StringBuilder csv = new StringBuilder("email,collectedAt,lastContactAt\r\n");
    for (int i = 0; i < 3; i++) {
      csv.append(email()).append(",2024-06-01,2024-06-02\r\n");
    }
    HttpResponse<String> imported =
        http.send(
            http.api("/api/v1/imports?activity=enquiries&source=contact-form")
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv.toString())));
    assertThat(imported.statusCode()).as(imported.body()).isBetween(200, 201);
    String importId = JSON.readTree(imported.body()).get("import").asString();
    String id = breach();

    JsonNode found =
        JSON.readTree(
            http.send(
                    http.request(
                            "/api/v1/breaches/"
                                + id
                                + "/affected?import="
                                + importId
                                + "&list=true")
                        .header("Authorization", "Bearer " + dpo)
                        .GET())
                .body());

    assertThat(found.get("count").asLong()).isEqualTo(3);
    assertThat(found.get("subjects").size()).isEqualTo(3);
    assertThat(found.get("truncated").asBoolean()).isFalse();
  }

  private void disclose(SubjectId subject, Instant at) {
    HttpResponse<String> r =
        http.postJson(
            http.request("/api/v1/disclosures").header("Authorization", "Bearer " + dpo),
            "{\"subject\":\""
                + subject
                + "\",\"recipient\":\"credit-information-agency\",\"activity\":"
                + "\"debt-collection\",\"disclosedAt\":\""
                + at
                + "\",\"dataCategories\":[\"financial-situation\"]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private String breach() {
    HttpResponse<String> created =
        http.postJson(
            http.request("/api/v1/breaches").header("Authorization", "Bearer " + dpo),
            "{\"awareAt\":\"2026-03-27T23:59:00+01:00\",\"summary\":\"Laptop stolen\","
                + "\"type\":\"confidentiality\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("id").asString();
  }

  private void assessHigh(String id) {
    HttpResponse<String> r =
        http.send(
            http.request("/api/v1/breaches/" + id)
                .header("Authorization", "Bearer " + dpo)
                .header("Content-Type", "application/json")
                .method(
                    "PATCH",
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"risk\":\"high\",\"riskReasoning\":\"Unencrypted claims with"
                            + " financial details.\"}")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private HttpResponse<String> notices(String id) {
    String body =
        "{\"activities\":[\"debt-collection\"],\"from\":\""
            + from
            + "\",\"to\":\""
            + to
            + "\",\"texts\":{"
            + "\"nb\":{\"whatHappened\":\"En ansatts bærbare PC med saksdokumenter ble stjålet.\","
            + "\"consequences\":\"Noen kan forsøke svindel i ditt navn.\","
            + "\"measures\":\"Vi har sperret maskinen og meldt tyveriet til politiet.\","
            + "\"advice\":\"Vær på vakt mot e-post og telefoner som ber om betaling.\"},"
            + "\"en\":{\"whatHappened\":\"A staff laptop with case files was stolen.\","
            + "\"consequences\":\"Someone may attempt fraud in your name.\","
            + "\"measures\":\"We locked the machine and reported the theft to the police.\","
            + "\"advice\":\"Be wary of e-mails and calls asking for payment.\"}}}";
    return http.postJson(
        http.request("/api/v1/breaches/" + id + "/subject-notices")
            .header("Authorization", "Bearer " + dpo),
        body);
  }

  private JsonNode affected(String id, boolean list) {
    HttpResponse<String> r =
        http.send(http.request(query(id, list)).header("Authorization", "Bearer " + dpo).GET());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private String query(String id, boolean list) {
    return "/api/v1/breaches/"
        + id
        + "/affected?activity=debt-collection&from="
        + from
        + "&to="
        + to
        + (list ? "&list=true" : "");
  }

  private void consentInEnglish(String email) {
    HttpResponse<String> r =
        http.postJson(
            http.api("/api/v1/consents"),
            "{\"identifiers\":[{\"type\":\"email\",\"value\":\""
                + email
                + "\"}],\"purpose\":\"statistics-cookies\",\"action\":\"give\","
                + "\"language\":\"en\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private SubjectId person(String email, String activity, Instant collected) {
    SubjectId s = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
    record(s, activity, collected);
    return s;
  }

  private void record(SubjectId s, String activity, Instant collected) {
    records.store(
        s,
        new NewRecord(
            "group",
            activity,
            "data-subject",
            collected,
            Map.of("note", "Synthetic record for a breach test"),
            null,
            null,
            null,
            null),
        "system:test");
  }

  private static String email() {
    return "breach." + UUID.randomUUID() + "@example.invalid";
  }

  private static String text(MimeMessage m) throws Exception {
    return text(m.getContent());
  }

  private static String text(Object content) throws Exception {
    if (content instanceof jakarta.mail.Multipart multi) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multi.getCount(); i++) {
        all.append(text(multi.getBodyPart(i).getContent()));
      }
      return all.toString();
    }
    return content instanceof String s ? s : "";
  }
}
