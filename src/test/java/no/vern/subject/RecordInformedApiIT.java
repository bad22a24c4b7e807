package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

/** {@code POST /api/v1/records/{id}/informed}: the Art. 14 step done, once, audited by id. */
@VernTest
class RecordInformedApiIT {

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
  void informingTakesTheRecordOffTheListOnceAndIsAudited() {
    String email = "person." + UUID.randomUUID() + "@example.invalid";
    RecordId record = claim(email);
    assertThat(awaiting(record)).isTrue();

    HttpResponse<String> first =
        http.send(
            http.api("/api/v1/records/" + record + "/informed")
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(first.statusCode()).isEqualTo(204);
    Instant informedAt = informedAt(record);
    assertThat(informedAt).isNotNull().isBeforeOrEqualTo(clock.instant());
    assertThat(awaiting(record)).isFalse();

    // Again, with another date: still 204, the first date stays, no second entry.
    HttpResponse<String> again =
        http.postJson(
            http.api("/api/v1/records/" + record + "/informed"),
            "{\"informedAt\":\"2025-01-20T09:00:00Z\"}");
    assertThat(again.statusCode()).isEqualTo(204);
    assertThat(informedAt(record)).isEqualTo(informedAt);
    assertThat(audits(3024, record.toString())).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry a WHERE strpos(lower(a::text), lower(?)) > 0")
                .param(email)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aDateInThePastIsKeptAndOneInTheFutureRefused() {
    RecordId record = claim("person." + UUID.randomUUID() + "@example.invalid");

    HttpResponse<String> future =
        http.postJson(
            http.api("/api/v1/records/" + record + "/informed"),
            "{\"informedAt\":\"" + clock.instant().plusSeconds(86_400) + "\"}");
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body())
        .contains("urn:vern:problem:validation-failed")
        .contains("\"field\":\"informedAt\"")
        .contains("\"code\":\"future\"");
    assertThat(informedAt(record)).isNull();

    String token = http.tokenWithRole("DPO");
    HttpResponse<String> past =
        http.postJson(
            http.request("/api/v1/records/" + record + "/informed")
                .header("Authorization", "Bearer " + token),
            "{\"informedAt\":\"2025-01-20T09:00:00Z\"}");
    assertThat(past.statusCode()).isEqualTo(204);
    assertThat(informedAt(record)).isEqualTo(Instant.parse("2025-01-20T09:00:00Z"));
  }

  @Test
  void unknownRecordsAndOtherRolesAreRefused() {
    HttpResponse<String> unknown =
        http.postJson(http.api("/api/v1/records/" + UUID.randomUUID() + "/informed"), "{}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("urn:vern:problem:not-found");

    RecordId record = claim("person." + UUID.randomUUID() + "@example.invalid");
    for (String role : List.of("MARKETING", "AUDITOR", "INTEGRATOR")) {
      HttpResponse<String> denied =
          http.postJson(
              http.request("/api/v1/records/" + record + "/informed")
                  .header("Authorization", "Bearer " + http.tokenWithRole(role)),
              "{}");
      assertThat(denied.statusCode()).as(role).isEqualTo(403);
      assertThat(denied.body()).contains("urn:vern:problem:forbidden");
    }
    assertThat(informedAt(record)).isNull();
  }

  private RecordId claim(String email) {
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
    LocalDate informBy = LocalDate.of(2025, 2, 17);
    return records.store(subject, RecordFixtures.claim(clock.instant(), informBy), "system:test");
  }

  private boolean awaiting(RecordId record) {
    return records.awaitingInforming(1_000_000).stream().anyMatch(d -> d.record().equals(record));
  }

  private Instant informedAt(RecordId record) {
    Timestamp at =
        jdbc.sql("SELECT informed_at FROM personal_data_record WHERE id = ?")
            .param(record.value())
            .query((rs, n) -> rs.getTimestamp(1))
            .list()
            .get(0);
    return at == null ? null : at.toInstant();
  }

  private long audits(int action, String resourceId) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(action, resourceId)
        .query(Long.class)
        .single();
  }
}
