package no.vern.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierFixtures;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/imports} over real HTTP, against the example debt-collection inventory. */
@VernTest
class ImportsIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String BAD_NATIONAL_ID = "01019912345";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void goodRowsAreStoredAndBadRowsReportedWithTheirFields() {
    long records = records();
    String csv =
        "\uFEFFemail,nationalId,message\r\n"
            + email()
            + ",,\"Synthetic, with a comma\"\r\n"
            + email()
            + ","
            + BAD_NATIONAL_ID
            + ",Synthetic\r\n"
            + email()
            + ",,\"Synthetic \"\"quoted\"\"\r\nover two lines\"\r\n"
            + ",,Synthetic without identifier\r\n"
            + email()
            + ",,\r\n";

    HttpResponse<String> response = postCsv("activity=enquiries&source=contact-form", csv);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("imported").asInt()).isEqualTo(3);
    assertThat(body.get("failed").asInt()).isEqualTo(2);
    assertThat(body.get("truncated").asBoolean()).isFalse();
    JsonNode rows = body.get("rows");
    assertThat(rows.size()).isEqualTo(2);
    assertThat(rows.get(0).get("row").asInt()).isEqualTo(2);
    assertThat(fields(rows.get(0))).containsExactly("nationalId");
    assertThat(rows.get(1).get("row").asInt()).isEqualTo(4);
    assertThat(fields(rows.get(1))).containsExactly("identifiers");
    assertThat(response.body()).doesNotContain(BAD_NATIONAL_ID).doesNotContain("Synthetic");
    assertThat(records()).isEqualTo(records + 3);

    // One entry for the import, by its id, instead of one per row.
    assertThat(importAudits(body.get("import").asString())).isEqualTo(1);
  }

  @Test
  void dataFromAClientSetsTheArticle14DateOnEveryRowAndMultipartWorks() {
    String first = nationalId();
    String second = nationalId();
    // 15 February 2025 is a Saturday, so the month ends on Monday the 17th.
    String csv =
        "nationalId,caseNumber,claim,collectedAt\n"
            + first
            + ",sak-"
            + UUID.randomUUID()
            + ",Synthetic claim,2025-01-15\n"
            + second
            + ",sak-"
            + UUID.randomUUID()
            + ",Synthetic claim,2025-01-15T10:00:00Z\n";
    String boundary = "vern-" + UUID.randomUUID();
    String multipart =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"cases.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";

    HttpResponse<String> response =
        http.send(
            http.api("/api/v1/imports?activity=debt-collection&source=third-party")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.UTF_8)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("imported").asInt()).isEqualTo(2);
    assertThat(informBy(first)).isEqualTo("2025-02-17");
    assertThat(informBy(second)).isEqualTo("2025-02-17");
  }

  @Test
  void aFirstLetterOrDisclosureColumnBringsTheArticle14DateForward() {
    String letter = nationalId();
    String disclosed = nationalId();
    String neither = nationalId();
    String csv =
        "nationalId,claim,collectedAt,firstCommunicationAt,firstDisclosureAt\n"
            + letter
            + ",Synthetic claim,2025-01-15,2025-01-22,\n"
            + disclosed
            + ",Synthetic claim,2025-01-15,2025-03-01,2025-01-29T08:00:00Z\n"
            + neither
            + ",Synthetic claim,2025-01-15,,\n";

    HttpResponse<String> response = postCsv("activity=debt-collection&source=third-party", csv);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("imported").asInt()).isEqualTo(3);
    assertThat(informBy(letter)).isEqualTo("2025-01-22");
    assertThat(informBy(disclosed)).isEqualTo("2025-01-29");
    assertThat(informBy(neither)).isEqualTo("2025-02-17");
  }

  @Test
  void aCsvBodyOverTheJsonLimitIsReadAsAStream() {
    // Two rows of 600 KB: over the 1 MB body limit of other requests, under the row limit.
    String filler = "x".repeat(600_000);
    String csv = "email,note\n" + email() + "," + filler + "\n" + email() + "," + filler + "\n";

    HttpResponse<String> response = postCsv("activity=enquiries&source=contact-form", csv);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("imported").asInt()).isEqualTo(2);
  }

  @Test
  void aMissingHeaderOrAnUnknownActivityIsRefusedBeforeAnyRowIsRead() {
    long records = records();

    HttpResponse<String> empty = postCsv("activity=enquiries&source=contact-form", "");
    HttpResponse<String> noIdentifier =
        postCsv("activity=enquiries&source=contact-form", "message\nSynthetic\n");
    HttpResponse<String> unknown =
        postCsv("activity=no-such-activity&source=contact-form", "email\n" + email() + "\n");

    for (HttpResponse<String> response : List.of(empty, noIdentifier, unknown)) {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(response.body()).contains("urn:vern:problem:validation-failed");
    }
    assertThat(fields(JSON.readTree(unknown.body()))).contains("activity");
    assertThat(records()).isEqualTo(records);
  }

  @Test
  void aTokenWithoutIntegratorOrAdminIsRefused() {
    String secret = http.tokenWithRole("AUDITOR");

    HttpResponse<String> response =
        http.send(
            http.request("/api/v1/imports?activity=enquiries&source=contact-form")
                .header("Authorization", "Bearer " + secret)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("email\n" + email() + "\n")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("urn:vern:problem:forbidden");
  }

  private HttpResponse<String> postCsv(String query, String csv) {
    return http.send(
        http.api("/api/v1/imports?" + query)
            .header("Content-Type", "text/csv; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  private String informBy(String nationalId) {
    UUID subject =
        registry.find(new Identifier(IdentifierType.NATIONAL_ID, nationalId)).orElseThrow().value();
    return jdbc.sql("SELECT inform_by::text FROM personal_data_record WHERE subject_id = ?")
        .param(subject)
        .query(String.class)
        .single();
  }

  private static List<String> fields(JsonNode withErrors) {
    return withErrors.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
  }

  private long records() {
    return jdbc.sql("SELECT count(*) FROM personal_data_record").query(Long.class).single();
  }

  private long importAudits(String importId) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code = 3011"
                + " AND resource_type = 'import' AND resource_id = ?")
        .param(importId)
        .query(Long.class)
        .single();
  }

  private static String email() {
    return "person." + UUID.randomUUID() + "@example.invalid";
  }

  /** Random date and individual number, so tests sharing the database do not meet. */
  private static String nationalId() {
    return IdentifierFixtures.randomNationalId();
  }
}
