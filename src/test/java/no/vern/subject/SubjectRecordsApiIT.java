package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/subjects/{id}/records} and {@code GET /api/v1/records/{id}} over HTTP. */
@VernTest
class SubjectRecordsApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aCaseHandlerReadsEveryRecordOfAPersonAndTheReadIsAuditedByIdOnly() {
    String email = "person." + UUID.randomUUID() + "@example.invalid";
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
    String marker = "Synthetic enquiry " + UUID.randomUUID();
    // Whole seconds: PostgreSQL keeps microseconds and rounds the rest.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    RecordId enquiry = records.store(subject, RecordFixtures.enquiry(now, marker), "system:test");
    LocalDate informBy = LocalDate.of(2025, 2, 17);
    RecordId claim =
        records.store(subject, RecordFixtures.claim(now.minusSeconds(60), informBy), "system:test");
    String token = http.tokenWithRole("CASE_HANDLER");

    HttpResponse<String> response =
        http.send(
            http.request("/api/v1/subjects/" + subject + "/records")
                .header("Authorization", "Bearer " + token));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("subject").asString()).isEqualTo(subject.toString());
    JsonNode list = body.get("records");
    assertThat(list.size()).isEqualTo(2);
    // Oldest first: the claim was collected a minute earlier.
    JsonNode first = list.get(0);
    assertThat(first.get("id").asString()).isEqualTo(claim.toString());
    assertThat(first.get("activity").asString()).isEqualTo("debt-collection");
    assertThat(first.get("source").asString()).isEqualTo("third-party");
    assertThat(first.get("informBy").asString()).isEqualTo("2025-02-17");
    assertThat(first.get("informedAt").isNull()).isTrue();
    assertThat(first.get("data").get("amount").asInt()).isEqualTo(1200);
    JsonNode second = list.get(1);
    assertThat(second.get("id").asString()).isEqualTo(enquiry.toString());
    assertThat(second.get("data").get("message").asString()).isEqualTo(marker);
    assertThat(second.get("screening").get("reviewState").asString()).isEqualTo("NOT_FLAGGED");
    assertThat(Instant.parse(second.get("collectedAt").asString())).isEqualTo(now);

    assertThat(audits(3022, subject.toString())).isEqualTo(1);
    assertThat(auditRowsHolding(email)).isZero();
    assertThat(auditRowsHolding(marker)).isZero();
  }

  @Test
  void oneRecordIsReadByItsIdAndAudited() {
    SubjectId subject = newSubject();
    RecordId record =
        records.store(subject, RecordFixtures.flagged(clock.instant()), "system:test");

    HttpResponse<String> response = http.send(http.api("/api/v1/records/" + record));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("subject").asString()).isEqualTo(subject.toString());
    assertThat(body.get("screening").get("categories").get(0).asString()).isEqualTo("HEALTH");
    assertThat(body.get("screening").get("reviewState").asString()).isEqualTo("AWAITING_REVIEW");
    assertThat(body.get("data").get("message").asString()).contains("ill");
    assertThat(audits(3023, record.toString())).isEqualTo(1);
  }

  @Test
  void aMergedIdAnswersWithTheRecordsOfThePersonItWasMergedInto() {
    SubjectId from = newSubject();
    SubjectId into = newSubject();
    records.store(from, RecordFixtures.enquiry(clock.instant(), "before the merge"), "system:test");
    records.store(into, RecordFixtures.enquiry(clock.instant(), "kept"), "system:test");
    registry.merge(from, into, "system:test");

    JsonNode body =
        JSON.readTree(http.send(http.api("/api/v1/subjects/" + from + "/records")).body());

    assertThat(body.get("subject").asString()).isEqualTo(into.toString());
    assertThat(body.get("records").size()).isEqualTo(2);
    assertThat(body.get("records").get(0).get("subject").asString()).isEqualTo(into.toString());
  }

  @Test
  void unknownIdsAreNotFound() {
    HttpResponse<String> subject =
        http.send(http.api("/api/v1/subjects/" + UUID.randomUUID() + "/records"));
    assertThat(subject.statusCode()).isEqualTo(404);
    assertThat(subject.body()).contains("urn:vern:problem:not-found");
    HttpResponse<String> record = http.send(http.api("/api/v1/records/" + UUID.randomUUID()));
    assertThat(record.statusCode()).isEqualTo(404);
    assertThat(record.body()).contains("urn:vern:problem:not-found");
  }

  @Test
  void onlyAdminsDposAndCaseHandlersMayRead() {
    SubjectId subject = newSubject();
    RecordId record =
        records.store(subject, RecordFixtures.enquiry(clock.instant(), "x"), "system:test");
    for (String role : List.of("DPO", "CASE_HANDLER")) {
      String token = http.tokenWithRole(role);
      assertThat(get("/api/v1/subjects/" + subject + "/records", token).statusCode())
          .as(role)
          .isEqualTo(200);
      assertThat(get("/api/v1/records/" + record, token).statusCode()).as(role).isEqualTo(200);
    }
    for (String role : List.of("MARKETING", "AUDITOR", "INTEGRATOR")) {
      String token = http.tokenWithRole(role);
      HttpResponse<String> denied = get("/api/v1/subjects/" + subject + "/records", token);
      assertThat(denied.statusCode()).as(role).isEqualTo(403);
      assertThat(denied.body()).contains("urn:vern:problem:forbidden");
      assertThat(get("/api/v1/records/" + record, token).statusCode()).as(role).isEqualTo(403);
    }
    assertThat(audits(3022, subject.toString())).isEqualTo(2);
    assertThat(audits(3023, record.toString())).isEqualTo(2);
  }

  private HttpResponse<String> get(String path, String token) {
    return http.send(http.request(path).header("Authorization", "Bearer " + token));
  }

  private SubjectId newSubject() {
    return registry.resolve(List.of(SubjectFixtures.email()));
  }

  private long audits(int action, String resourceId) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(action, resourceId)
        .query(Long.class)
        .single();
  }

  /** Any column of any audit row, as text. */
  private long auditRowsHolding(String value) {
    return jdbc.sql("SELECT count(*) FROM audit_entry a WHERE strpos(lower(a::text), lower(?)) > 0")
        .param(value)
        .query(Long.class)
        .single();
  }
}
