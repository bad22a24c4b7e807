package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finding 4 of issue 10: an integrator's token could record an event as an administrator's own
 * action. The actor of an external event is now always the calling token; what the integrator says
 * is kept apart as the reported actor, and the chain verifies over entries with and without it.
 */
@VernTest
class ExternalEventsIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditVerifier verifier;
  @Autowired AuditTrail trail;
  @Autowired DataSource dataSource;
  Http http;
  String integratorId;
  String integratorSecret;

  @BeforeEach
  void integrator() {
    http = new Http(port);
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/tokens"),
            "{\"name\":\"crm %s\",\"roles\":[\"INTEGRATOR\"],\"expiresInDays\":1}"
                .formatted(UUID.randomUUID()));
    JsonNode token = JSON.readTree(created.body());
    integratorId = token.get("id").asString();
    integratorSecret = token.get("secret").asString();
  }

  @Test
  void anIntegratorNamingAnAdministratorAsActorIsRecordedAsItselfWithTheClaimKeptApart() {
    String admin =
        jdbc.queryForObject(
            "SELECT id::text FROM access_user WHERE username = 'admin'", String.class);

    HttpResponse<String> answer =
        post(
            "{\"actorType\":\"USER\",\"actorId\":\"%s\",\"resourceType\":\"crm.contact\",\"resourceId\":\"c-1\",\"outcome\":\"SUCCESS\"}"
                .formatted(admin));

    assertThat(answer.statusCode()).isEqualTo(201);
    Map<String, Object> entry = entry(JSON.readTree(answer.body()).get("id").asLong());
    assertThat(entry.get("actor_type")).isEqualTo("API_TOKEN");
    assertThat(entry.get("actor_id")).isEqualTo(integratorId).isNotEqualTo(admin);
    assertThat(entry.get("reported_actor")).isEqualTo("user:" + admin);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_entry WHERE actor_type = 'USER' AND actor_id = ?"
                    + " AND resource_type = 'crm.contact' AND resource_id = 'c-1'",
                Long.class,
                admin))
        .as("entries in the administrator's name about the integrator's resource")
        .isZero();
  }

  @Test
  void theReportedActorIsKeptAsGivenAndTheEntriesApiShowsBothFields() {
    String resource = "c-" + UUID.randomUUID();
    HttpResponse<String> answer =
        post(
            "{\"reportedActor\":\"crm-user:4711\",\"resourceType\":\"crm.contact\",\"resourceId\":\"%s\",\"outcome\":\"SUCCESS\"}"
                .formatted(resource));
    assertThat(answer.statusCode()).isEqualTo(201);

    JsonNode listed =
        JSON.readTree(
                http.send(http.api("/api/v1/audit/entries?resourceId=" + resource).GET()).body())
            .get("entries")
            .get(0);
    assertThat(listed.get("actorType").asString()).isEqualTo("API_TOKEN");
    assertThat(listed.get("actorId").asString()).isEqualTo(integratorId);
    assertThat(listed.get("reportedActor").asString()).isEqualTo("crm-user:4711");
  }

  @Test
  void aReportedActorThatIsNotAnOpaqueReferenceIsRefused() {
    String rest =
        ",\"resourceType\":\"crm.contact\",\"resourceId\":\"c-1\",\"outcome\":\"SUCCESS\"}";
    assertRefused("{\"reportedActor\":\"kari.nordmann@example.invalid\"" + rest, "e-mail");
    assertRefused("{\"reportedActor\":\"Kari Nordmann\"" + rest, "identifier");
    assertRefused("{\"reportedActor\":\"k\u00e5re\"" + rest, "identifier");
    assertRefused("{\"reportedActor\":\"" + "x".repeat(201) + "\"" + rest, "200");
    assertRefused("{\"reportedActor\":\"\"" + rest, "empty");
    assertRefused(
        "{\"reportedActor\":\"crm-user:1\",\"actorType\":\"USER\",\"actorId\":\"1\"" + rest,
        "not both");
    assertRefused("{\"actorType\":\"USER\"" + rest, "together");
  }

  @Test
  void entriesWithAndWithoutAReportedActorVerifyAndAChangedReportedActorIsCaught()
      throws Exception {
    post("{\"resourceType\":\"crm.contact\",\"resourceId\":\"c-plain\",\"outcome\":\"SUCCESS\"}");
    HttpResponse<String> reported =
        post(
            "{\"reportedActor\":\"crm-user:4712\",\"resourceType\":\"crm.contact\",\"resourceId\":\"c-2\",\"outcome\":\"DENIED\"}");
    long id = JSON.readTree(reported.body()).get("id").asLong();
    assertThat(verifier.verify().ok()).isTrue();
    assertThat(verifyCommand()).as("exit status of `audit verify`").isZero();

    var tamper = new AuditTampering(dataSource);
    try {
      tamper.setReportedActor(id, "crm-user:9999");
      AuditVerification broken = verifier.verify();
      assertThat(broken.ok()).isFalse();
      assertThat(broken.firstBrokenId()).isEqualTo(id);
      assertThat(broken.reason()).isEqualTo("HASH_MISMATCH");
    } finally {
      tamper.setReportedActor(id, "crm-user:4712");
    }
    assertThat(verifier.verify().ok()).isTrue();
  }

  private void assertRefused(String body, String saying) {
    HttpResponse<String> answer = post(body);
    assertThat(answer.statusCode()).as(body).isEqualTo(400);
    assertThat(answer.body()).as(body).contains(saying);
  }

  private int verifyCommand() {
    var out = new ByteArrayOutputStream();
    return AuditVerifyCommand.run(
        verifier, trail, new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  private Map<String, Object> entry(long id) {
    return jdbc.queryForMap(
        "SELECT actor_type, actor_id, reported_actor FROM audit_entry WHERE id = ?", id);
  }

  private HttpResponse<String> post(String json) {
    return http.postJson(
        http.request("/api/v1/audit/events")
            .header("Authorization", "Bearer " + integratorSecret)
            .header("Accept", "application/json"),
        json);
  }
}
