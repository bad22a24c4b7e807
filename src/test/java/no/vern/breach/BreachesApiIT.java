package no.vern.breach;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/breaches}: the register, the 72-hour clock and notifications, as the DPO uses it.
 */
@VernTest
class BreachesApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Http http;
  private String dpo;

  @BeforeEach
  void dpo() {
    http = new Http(port);
    dpo = http.tokenWithRole("DPO");
  }

  @Test
  void aBreachKnownJustBeforeSummerTimeIsDueAtTenToOneOnTheThirtyFirstInSummerTime() {
    HttpResponse<String> created =
        post(
            "/api/v1/breaches",
            dpo,
            "{\"awareAt\":\"2026-03-27T23:59:00+01:00\",\"summary\":\"Laptop with client files"
                + " stolen\",\"type\":\"confidentiality\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.get("notifyBy").asString()).isEqualTo("2026-03-31T00:59:00+02:00");
    assertThat(body.get("awareAt").asString()).isEqualTo("2026-03-27T23:59:00+01:00");
    String id = body.get("id").asString();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/breaches/" + id);
    Reactions.settle();
    assertThat(audits(9000, id)).isEqualTo(1);

    JsonNode read = JSON.readTree(get("/api/v1/breaches/" + id, "AUDITOR").body());
    assertThat(read.get("summary").asString()).isEqualTo("Laptop with client files stolen");
    assertThat(read.get("overdue").asBoolean()).isTrue();
    assertThat(read.get("notifications").size()).isZero();
    assertThat(get("/api/v1/breaches", "DPO").body()).contains(id);
  }

  @Test
  void aNotificationAfterTheDeadlineIsRefusedWithoutReasonsAndRecordedWithThem() {
    String id = breach("2026-03-27T23:59:00+01:00");

    HttpResponse<String> refused =
        post("/api/v1/breaches/" + id + "/notifications", dpo, "{\"reference\":\"26/01234\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:delay-reasons-required");
    assertThat(problem.get("detail").asString()).contains("2026-03-31 00:59 +02:00", "33(1)");
    assertThat(fields(problem)).containsExactly("delayReasons");
    assertThat(notifications(id)).isZero();

    HttpResponse<String> late =
        post(
            "/api/v1/breaches/" + id + "/notifications",
            dpo,
            "{\"reference\":\"26/01234\",\"delayReasons\":\"The processor told us only on"
                + " 2 April.\"}");

    assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
    JsonNode n = JSON.readTree(late.body());
    assertThat(n.get("late").asBoolean()).isTrue();
    assertThat(n.get("recipient").asString()).isEqualTo("datatilsynet");
    assertThat(n.get("phase").asString()).isEqualTo("initial");
    assertThat(n.get("channel").asString()).isEqualTo("altinn");
    assertThat(notifications(id)).isEqualTo(1);

    // A follow-up adds what was not known (33(4)); it needs no reasons of its own.
    HttpResponse<String> followUp =
        post(
            "/api/v1/breaches/" + id + "/notifications",
            dpo,
            "{\"adds\":\"The number of people affected is now known: 412.\"}");
    assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(201);
    assertThat(JSON.readTree(followUp.body()).get("phase").asString()).isEqualTo("follow-up");
    Reactions.settle();
    assertThat(audits(9002, id)).isEqualTo(2);
    JsonNode read = JSON.readTree(get("/api/v1/breaches/" + id, "DPO").body());
    assertThat(read.get("notifiedToDatatilsynet").asBoolean()).isTrue();
    assertThat(read.get("notifications").size()).isEqualTo(2);
  }

  @Test
  void aNotificationWithinTheSeventyTwoHoursNeedsNoReasons() {
    String id = breach("2026-03-27T23:59:00+01:00");

    HttpResponse<String> inTime =
        post(
            "/api/v1/breaches/" + id + "/notifications",
            dpo,
            "{\"notifiedAt\":\"2026-03-31T00:59:00+02:00\",\"channel\":\"altinn\"}");

    assertThat(inTime.statusCode()).as(inTime.body()).isEqualTo(201);
    assertThat(JSON.readTree(inTime.body()).get("late").asBoolean()).isFalse();
  }

  @Test
  void anUpdateChangesOnlyWhatIsSentAndADecisionNeedsItsReason() {
    String id = breach("2026-03-27T23:59:00+01:00");

    HttpResponse<String> noReason =
        patch("/api/v1/breaches/" + id, "{\"notifyDecision\":\"not-notify\",\"risk\":\"none\"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(fields(JSON.readTree(noReason.body())))
        .containsExactlyInAnyOrder("decisionReason", "riskReasoning");

    HttpResponse<String> changed =
        patch(
            "/api/v1/breaches/" + id,
            "{\"risk\":\"none\",\"riskReasoning\":\"The disk was encrypted with BitLocker.\","
                + "\"notifyDecision\":\"not-notify\",\"decisionReason\":\"Unlikely to result in"
                + " a risk (Art. 33(1)).\",\"approxSubjects\":40,\"dataCategories\":"
                + "[\"contact-details\",\"claim-details\"]}");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    JsonNode b = JSON.readTree(changed.body());
    assertThat(b.get("summary").asString()).isEqualTo("Test breach");
    assertThat(b.get("risk").asString()).isEqualTo("none");
    assertThat(b.get("approxSubjects").asInt()).isEqualTo(40);
    assertThat(b.get("dataCategories").toString())
        .isEqualTo("[\"contact-details\",\"claim-details\"]");
    Reactions.settle();
    assertThat(audits(9001, id)).isEqualTo(1);
  }

  @Test
  void badInputNamesEveryFieldAndStoresNothing() {
    long before = count();

    HttpResponse<String> refused =
        post(
            "/api/v1/breaches",
            dpo,
            "{\"awareAt\":\"yesterday\",\"type\":\"leak\",\"approxSubjects\":-1,"
                + "\"risk\":\"extreme\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(fields(JSON.readTree(refused.body())))
        .containsExactlyInAnyOrder("summary", "type", "awareAt", "approxSubjects", "risk");
    assertThat(
            fields(
                JSON.readTree(
                    post(
                            "/api/v1/breaches",
                            dpo,
                            "{\"awareAt\":\"2999-01-01T00:00:00Z\",\"summary\":\"x\","
                                + "\"type\":\"integrity\"}")
                        .body())))
        .containsExactly("awareAt");
    assertThat(count()).isEqualTo(before);
    assertThat(get("/api/v1/breaches/00000000-0000-0000-0000-000000000000", "DPO").statusCode())
        .isEqualTo(404);
  }

  @Test
  void onlyTheDpoAndAdministratorsWriteAndACaseHandlerCannotReadTheRegister() {
    String body =
        "{\"awareAt\":\"2026-03-27T23:59:00+01:00\",\"summary\":\"x\",\"type\":\"integrity\"}";
    assertThat(post("/api/v1/breaches", http.tokenWithRole("CASE_HANDLER"), body).statusCode())
        .isEqualTo(403);
    assertThat(post("/api/v1/breaches", http.tokenWithRole("AUDITOR"), body).statusCode())
        .isEqualTo(403);
    assertThat(get("/api/v1/breaches", "CASE_HANDLER").statusCode()).isEqualTo(403);
    assertThat(post("/api/v1/breaches", http.tokenWithRole("ADMIN"), body).statusCode())
        .isEqualTo(201);
  }

  @Test
  void theDocumentForDatatilsynetListsWhatIsNotKnownYetForAFollowUp() {
    String id = breach("2026-03-27T23:59:00+01:00");
    patch("/api/v1/breaches/" + id, "{\"mainCause\":\"Theft\",\"approxSubjects\":12}");

    JsonNode doc = JSON.readTree(get("/api/v1/breaches/" + id + "/document", "DPO").body());

    assertThat(doc.get("legalGround").asString()).isEqualTo("GDPR Art. 33");
    assertThat(doc.get("phase").asString()).isEqualTo("initial");
    assertThat(doc.get("form").get("mainCause").asString()).isEqualTo("Theft");
    assertThat(doc.get("form").get("affectedCount").asInt()).isEqualTo(12);
    assertThat(doc.get("form").get("discoveredAt").asString())
        .isEqualTo("2026-03-27T23:59:00+01:00");
    List<String> unknown = new ArrayList<>();
    doc.get("notYetKnown").forEach(f -> unknown.add(f.asString()));
    assertThat(unknown)
        .containsExactly(
            "period",
            "dataTypes",
            "relationship",
            "dataLocation",
            "consequences",
            "measures",
            "subjectsInformed",
            "contact");
  }

  private String breach(String awareAt) {
    HttpResponse<String> created =
        post(
            "/api/v1/breaches",
            dpo,
            "{\"awareAt\":\""
                + awareAt
                + "\",\"summary\":\"Test breach\",\"type\":\"availability\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("id").asString();
  }

  private HttpResponse<String> post(String path, String token, String json) {
    return http.postJson(http.request(path).header("Authorization", "Bearer " + token), json);
  }

  private HttpResponse<String> patch(String path, String json) {
    return http.send(
        http.request(path)
            .header("Authorization", "Bearer " + dpo)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> get(String path, String role) {
    return http.send(
        http.request(path).header("Authorization", "Bearer " + http.tokenWithRole(role)).GET());
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM breach").query(Long.class).single();
  }

  private long notifications(String id) {
    return jdbc.sql("SELECT count(*) FROM breach_notification WHERE breach_id = ?::uuid")
        .param(id)
        .query(Long.class)
        .single();
  }

  private long audits(int code, String resource) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(code, resource)
        .query(Long.class)
        .single();
  }
}
