package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import no.vern.consent.ConsentLedger;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The access package through its mailed, single-use link, as the person downloads it. */
@VernTest
class AccessPackageIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired AccessAnswers answers;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void theLinkGivesEveryRecordWithTheArticle15InformationInBokmalOnceAndOnlyOnce()
      throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    URI link =
        answers.issueDownload(
            person.subject().value(),
            AnswerKind.ACCESS,
            Locale.forLanguageTag("nb"),
            UUID.randomUUID());
    String path = link.getPath();

    // Opening the link (as a mail scanner does) shows a button and uses nothing up.
    HttpResponse<String> page = get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("data-state=\"READY\"").contains("Last ned");
    assertThat(get(path).statusCode()).isEqualTo(200);

    HttpResponse<byte[]> download = post(path);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
    Map<String, byte[]> files = unzip(download.body());
    assertThat(files)
        .containsOnlyKeys("access-package.json", "access-package.html", "access-package.pdf");

    JsonNode p = JSON.readTree(files.get("access-package.json"));
    assertThat(p.get("format").asString()).isEqualTo("vern-access-package/1");
    assertThat(p.get("language").asString()).isEqualTo("nb");
    assertThat(p.get("identifiers").toString()).contains(person.email());
    JsonNode activities = p.get("activities");
    assertThat(activities.size()).isEqualTo(3);
    JsonNode collection = activity(activities, "debt-collection");
    assertThat(collection.get("name").asString()).isEqualTo("Inkasso");
    assertThat(collection.get("purpose").asString()).startsWith("Å kreve inn");
    assertThat(collection.get("legalBases").toString())
        .contains("eu-gdpr:A6-1-f")
        .contains("Kreditorens og vår interesse");
    assertThat(collection.get("recipients").toString()).contains("databehandler");
    assertThat(collection.get("retention").asString()).contains("3 år");
    assertThat(collection.get("sources").toString()).contains("third-party");
    assertThat(collection.get("automatedDecisions").get(0).get("article22").asBoolean()).isFalse();
    // The claim names a guarantor: withheld for a case handler's review, the value nowhere.
    JsonNode claim = collection.get("records").get(0);
    assertThat(claim.get("withheld").asBoolean()).isTrue();
    assertThat(claim.get("othersMentioned").get(0).asString()).isEqualTo("guarantor");
    assertThat(claim.get("data").isNull()).isTrue();
    assertThat(p.get("review").get("required").asBoolean()).isTrue();
    assertThat(new String(files.get("access-package.json"), StandardCharsets.UTF_8))
        .doesNotContain(person.guarantor());
    JsonNode enquiry = activity(activities, "enquiries").get("records").get(0);
    assertThat(enquiry.get("data").get("message").asString()).isEqualTo(person.enquiry());
    assertThat(p.get("consents").get(0).get("purpose").asString()).isEqualTo("newsletter");
    assertThat(p.get("consents").get(0).get("receipt").asString()).startsWith("ey");
    assertThat(p.get("rights").get("rights").toString()).contains("eu-gdpr:A15", "eu-gdpr:A20");
    assertThat(p.get("rights").get("complaint").asString()).contains("Datatilsynet");
    assertThat(p.get("rights").get("judicialRemedy").asString()).contains("domstolene");
    // Off by default (vern.dsr.answers.include-read-log).
    assertThat(p.get("reads").isNull()).isTrue();

    String html = new String(files.get("access-package.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("lang=\"nb\"", "Personopplysningene dine", person.enquiry(), "Inkasso");
    assertThat(html).doesNotContain(person.guarantor());
    assertThat(new String(files.get("access-package.pdf"), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");

    // Used up: the same link gives the same page as one that never existed.
    assertThat(post(path).statusCode()).isEqualTo(404);
    assertThat(get(path).statusCode()).isEqualTo(404);
    assertThat(get("/rights/download/not-a-token").statusCode()).isEqualTo(404);

    String subject = person.subject().toString();
    assertThat(audits(6050, subject)).isEqualTo(1);
    assertThat(audits(6051, subject)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 3022 AND resource_id = ?"
                        + " AND actor_type = 'SYSTEM' AND actor_id = 'dsr-download'")
                .param(subject)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(auditRowsHolding(person.email())).isZero();
  }

  @Test
  void theEnglishPackageSpeaksEnglishAndPortabilityHoldsOnlyWhatThePersonGaveOnConsentOrContract()
      throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    String access =
        answers
            .issueDownload(
                person.subject().value(), AnswerKind.ACCESS, Locale.ENGLISH, UUID.randomUUID())
            .getPath();
    Map<String, byte[]> files = unzip(post(access).body());
    JsonNode p = JSON.readTree(files.get("access-package.json"));
    assertThat(activity(p.get("activities"), "debt-collection").get("name").asString())
        .isEqualTo("Debt collection");
    assertThat(new String(files.get("access-package.html"), StandardCharsets.UTF_8))
        .contains("lang=\"en\"", "Your personal data", "GDPR art. 79");

    String portable =
        answers
            .issueDownload(
                person.subject().value(), AnswerKind.PORTABILITY, Locale.ENGLISH, UUID.randomUUID())
            .getPath();
    Map<String, byte[]> data = unzip(post(portable).body());
    assertThat(data).containsOnlyKeys("portable-data.json", "portable-data.csv");
    JsonNode json = JSON.readTree(data.get("portable-data.json"));
    // Enquiries and events rest (among others) on a contract and came from the person; the
    // client's claim came from a third party and is not portable.
    assertThat(json.get("records").size()).isEqualTo(2);
    assertThat(json.toString()).contains("\"events\"", "\"enquiries\"").doesNotContain("guarantor");
    assertThat(json.get("records").get(1).get("basis").asString()).isEqualTo("contract");
    String csv = new String(data.get("portable-data.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("record_id,activity,basis,collected_at,field,value\r\n");
    assertThat(csv).contains(",events,contract,", ",event,Synthetic webinar\r\n");
    assertThat(csv).contains(person.enquiry()).doesNotContain(person.guarantor());
  }

  @Test
  void aCaseHandlerReviewsAWithheldRecordAndReleasesItIntoTheNextPackage() throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    var http = new no.vern.support.Http(port);
    String token = http.tokenWithRole("CASE_HANDLER");
    HttpResponse<String> preview =
        http.send(
            http.request("/api/v1/access-packages/" + person.subject() + "?lang=en")
                .header("Authorization", "Bearer " + token));
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(preview.body()).get("review").get("required").asBoolean()).isTrue();
    assertThat(preview.body()).contains(person.enquiry()).doesNotContain(person.guarantor());

    HttpResponse<String> review =
        http.send(
            http.request("/api/v1/access-packages/" + person.subject() + "/review")
                .header("Authorization", "Bearer " + token));

    assertThat(review.statusCode()).isEqualTo(200);
    JsonNode flagged = JSON.readTree(review.body()).get("records");
    assertThat(flagged.size()).isEqualTo(1);
    assertThat(flagged.get(0).get("activity").asString()).isEqualTo("debt-collection");
    assertThat(flagged.get(0).get("fields").get(0).asString()).isEqualTo("guarantor");
    assertThat(review.body()).doesNotContain(person.guarantor());
    String record = flagged.get(0).get("id").asString();

    HttpResponse<String> release =
        http.send(
            http.request("/api/v1/access-packages/records/" + record + "/release")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(release.statusCode()).isEqualTo(204);
    assertThat(audits(6060, record)).isEqualTo(1);

    String path =
        answers
            .issueDownload(
                person.subject().value(), AnswerKind.ACCESS, Locale.ENGLISH, UUID.randomUUID())
            .getPath();
    JsonNode p = JSON.readTree(unzip(post(path).body()).get("access-package.json"));
    assertThat(p.get("review").get("required").asBoolean()).isFalse();
    assertThat(activity(p.get("activities"), "debt-collection").toString())
        .contains(person.guarantor());
  }

  private static JsonNode activity(JsonNode activities, String id) {
    for (JsonNode a : activities) {
      if (a.get("id").asString().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no activity " + id);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> post(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private long audits(int action, String resourceId) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(action, resourceId)
        .query(Long.class)
        .single();
  }

  private long auditRowsHolding(String value) {
    return jdbc.sql("SELECT count(*) FROM audit_entry a WHERE strpos(lower(a::text), lower(?)) > 0")
        .param(value)
        .query(Long.class)
        .single();
  }
}
