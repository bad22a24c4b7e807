package no.vern.intake.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.vern.shared.identifier.IdentifierFixtures;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.StoredRows;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/records} over real HTTP, against the example debt-collection inventory. */
@VernTest
class RecordsApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  @Autowired RecordIntake intake;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aRecordFromThePersonIsStoredEncryptedWithItsSubject() {
    String email = email();
    String marker = "Synthetic enquiry " + UUID.randomUUID();
    HttpResponse<String> response =
        post(
            Map.of(
                "activity",
                "enquiries",
                "identifiers",
                Map.of("email", email),
                "data",
                Map.of("message", marker),
                "source",
                "contact-form"));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    UUID subject = UUID.fromString(body.get("subject").asString());
    UUID record = UUID.fromString(body.get("record").asString());
    assertThat(body.get("informBy").isNull()).isTrue();
    assertThat(response.headers().firstValue("Location")).contains("/api/v1/records/" + record);
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, email)).orElseThrow().value())
        .isEqualTo(subject);

    Map<String, Object> row =
        jdbc.sql("SELECT * FROM personal_data_record WHERE id = ?")
            .param(record)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("subject_id", subject)
        .containsEntry("controller", "group")
        .containsEntry("activity", "enquiries")
        .containsEntry("source", "contact-form")
        .containsEntry("inform_by", null);
    String stored = new String((byte[]) row.get("data_ciphertext"), StandardCharsets.ISO_8859_1);
    assertThat(stored).doesNotContain(marker).doesNotContain("Synthetic");
    // Audited by id once committed; the queued entry lands with the next batch.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (recordAudits(record) == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(recordAudits(record)).isEqualTo(1);

    // A second record about the known person has the same shape: nothing tells it was known.
    HttpResponse<String> again =
        post(
            Map.of(
                "activity",
                "enquiries",
                "identifiers",
                Map.of("email", email.toUpperCase()),
                "data",
                Map.of("message", "another"),
                "source",
                "contact-form"));
    assertThat(again.statusCode()).isEqualTo(201);
    JsonNode second = JSON.readTree(again.body());
    assertThat(second.get("subject").asString()).isEqualTo(subject.toString());
    assertThat(fieldNames(second)).isEqualTo(fieldNames(body));
  }

  @Test
  void dataFromAClientSetsTheArticle14DateOneMonthAheadOnAWorkingDay() {
    HttpResponse<String> response =
        post(
            Map.of(
                "activity", "debt-collection",
                "identifiers",
                    Map.of("nationalId", nationalId(), "caseNumber", "sak-" + UUID.randomUUID()),
                "data", Map.of("claim", "Synthetic claim 1200 NOK"),
                "source", "third-party",
                // 15 February 2025 is a Saturday, so the month ends on Monday the 17th.
                "collectedAt", "2025-01-15T10:00:00Z",
                "caseClosedAt", "2025-01-20T10:00:00Z"));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("informBy").asString()).isEqualTo("2025-02-17");
    Map<String, Object> row =
        jdbc.sql(
                "SELECT inform_by::text AS inform_by, collected_at, case_closed_at"
                    + " FROM personal_data_record WHERE id = ?")
            .param(UUID.fromString(body.get("record").asString()))
            .query()
            .singleRow();
    assertThat(row.get("inform_by")).isEqualTo("2025-02-17");
    assertThat(((java.sql.Timestamp) row.get("collected_at")).toInstant())
        .isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
    assertThat(row.get("case_closed_at")).isNotNull();
  }

  @Test
  void aFirstLetterBeforeTheMonthIsOutIsTheArticle14Date() {
    HttpResponse<String> response =
        post(
            Map.of(
                "activity", "debt-collection",
                "identifiers", Map.of("nationalId", nationalId()),
                "data", Map.of("claim", "Synthetic claim 1200 NOK"),
                "source", "third-party",
                "collectedAt", "2025-01-15T10:00:00Z",
                // The first letter goes out on the 24th; the data goes to a court on 3 February.
                "firstCommunicationAt", "2025-01-24T07:00:00Z",
                "firstDisclosureAt", "2025-02-03T07:00:00Z"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("informBy").asString()).isEqualTo("2025-01-24");
    assertThat(
            jdbc.sql("SELECT inform_by::text FROM personal_data_record WHERE id = ?")
                .param(UUID.fromString(body.get("record").asString()))
                .query(String.class)
                .single())
        .isEqualTo("2025-01-24");
  }

  @Test
  void aFirstLetterOrDisclosureBeforeTheCollectionIsRefused() {
    HttpResponse<String> response =
        post(
            Map.of(
                "activity", "debt-collection",
                "identifiers", Map.of("nationalId", nationalId()),
                "data", Map.of("claim", "Synthetic claim"),
                "source", "third-party",
                "collectedAt", "2025-01-15T10:00:00Z",
                "firstCommunicationAt", "2025-01-14T10:00:00Z",
                "firstDisclosureAt", "2025-01-01T10:00:00Z"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(
            errors
                .valueStream()
                .map(e -> e.get("field").asString() + ":" + e.get("code").asString()))
        .containsExactlyInAnyOrder(
            "firstCommunicationAt:before-collection", "firstDisclosureAt:before-collection");
  }

  @Test
  void everyFieldErrorIsListedAndNothingIsStored() {
    StoredRows before = stored();
    HttpResponse<String> response =
        post(
            Map.of(
                "activity", "no-such-activity",
                "identifiers",
                    Map.of(
                        "nationalId", "01019912345",
                        "email", "not an address",
                        "phone", "+47 9" + digits(7)),
                "data", Map.of("note", "Synthetic")));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:validation-failed");
    List<String> fields =
        problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    assertThat(fields)
        .contains("identifiers.nationalId", "identifiers.email", "activity", "source")
        .doesNotContain("identifiers.phone");
    assertThat(response.body()).doesNotContain("01019912345").doesNotContain("not an address");
    assertThat(stored().addedSince(before)).isEmpty();
  }

  @Test
  void whenTheRecordCannotBeStoredNoSubjectOrIdentifierRemains() {
    Identifier email = new Identifier(IdentifierType.EMAIL, email());
    // PostgreSQL refuses a NUL character in text: the record insert fails after the resolve.
    NewRecord broken =
        new NewRecord(
            "group",
            "enquiries",
            "contact\u0000form",
            Instant.now(),
            Map.of(),
            null,
            null,
            null,
            null);
    StoredRows before = stored();

    try {
      intake.store(new RecordCommand(List.of(email), broken), "system:test");
    } catch (RuntimeException expected) {
      // the failure is the point
    }

    assertThat(registry.find(email)).isEmpty();
    assertThat(stored().addedSince(before)).isEmpty();
  }

  @Test
  void aTokenWithoutIntegratorOrAdminIsRefused() {
    String secret = http.tokenWithRole("AUDITOR");

    HttpResponse<String> response =
        http.postJson(
            http.request("/api/v1/records").header("Authorization", "Bearer " + secret),
            JSON.writeValueAsString(
                Map.of(
                    "activity",
                    "enquiries",
                    "identifiers",
                    Map.of("email", email()),
                    "data",
                    Map.of(),
                    "source",
                    "contact-form")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("urn:vern:problem:forbidden");
  }

  private HttpResponse<String> post(Map<String, Object> body) {
    return http.postJson(http.api("/api/v1/records"), JSON.writeValueAsString(body));
  }

  private long recordAudits(UUID record) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code = 3010 AND resource_type = 'record'"
                + " AND resource_id = ?")
        .param(record.toString())
        .query(Long.class)
        .single();
  }

  private StoredRows stored() {
    return StoredRows.of(jdbc, "subject", "subject_identifier", "personal_data_record");
  }

  private static List<String> fieldNames(JsonNode node) {
    return node.propertyNames().stream().sorted().toList();
  }

  private static String email() {
    return "person." + UUID.randomUUID() + "@example.invalid";
  }

  /** Random date and individual number, so tests sharing the database do not meet. */
  private static String nationalId() {
    return IdentifierFixtures.randomNationalId();
  }

  private static String digits(int n) {
    var random = ThreadLocalRandom.current();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }
}
