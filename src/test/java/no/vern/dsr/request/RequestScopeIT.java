package no.vern.dsr.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.access.AdminSession;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Need-to-know reaches requests and a breach's affected people (issue 18, docs/need-to-know.md),
 * with the accounting-firm example's offices {@code alta} and {@code tromso} (each person's record
 * is in the example inventory's {@code website} activity, under their own office as controller): a
 * caller scoped to Alta sees the requests of Alta's people and those addressed to Alta, is answered
 * as for an unknown request everywhere under a Tromsø person's request (and can change nothing
 * there), files without learning whether Tromsø knows someone, and gets a breach's whole count but
 * only Alta's people in its list.
 */
@VernTest
class RequestScopeIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PASSWORD = "request-scope-password-1";
  private static final int SCOPE_REFUSED = 1500;

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  Http http;

  String altaEmail;
  String tromsoEmail;
  SubjectId alta;
  SubjectId tromso;

  @BeforeEach
  void people() {
    http = new Http(port);
    String run = UUID.randomUUID().toString();
    altaEmail = "req-alta." + run + "@example.invalid";
    tromsoEmail = "req-tromso." + run + "@example.invalid";
    alta = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, altaEmail)));
    tromso = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, tromsoEmail)));
    records.store(alta, record("alta", "website"), "system:test");
    records.store(tromso, record("tromso", "website"), "system:test");
  }

  @Test
  void anAltaTokenSeesAltasRequestsAndTromsosAreAnsweredAsUnknown() {
    JsonNode altaPerson = file(http.api("/api/v1/requests"), altaEmail, null);
    JsonNode tromsoPerson = file(http.api("/api/v1/requests"), tromsoEmail, null);
    JsonNode toAlta = file(http.api("/api/v1/requests"), unknownEmail(), "alta");
    JsonNode toTromso = file(http.api("/api/v1/requests"), unknownEmail(), "tromso");
    JsonNode unplaced = file(http.api("/api/v1/requests"), unknownEmail(), null);
    String secret = altaToken();

    List<String> listed = ids(get("/api/v1/requests", secret));
    assertThat(listed).contains(id(altaPerson), id(toAlta));
    assertThat(listed).doesNotContain(id(tromsoPerson), id(toTromso), id(unplaced));
    List<String> everything = ids(http.send(http.api("/api/v1/requests")));
    assertThat(everything).contains(id(tromsoPerson), id(toTromso), id(unplaced));

    HttpResponse<String> own = get("/api/v1/requests/" + id(altaPerson), secret);
    assertThat(own.statusCode()).isEqualTo(200);
    HttpResponse<String> other = get("/api/v1/requests/" + id(tromsoPerson), secret);
    HttpResponse<String> unknown = get("/api/v1/requests/" + UUID.randomUUID(), secret);
    assertThat(other.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
    assertThat(comparable(other)).isEqualTo(comparable(unknown));
    assertThat(get("/api/v1/requests/" + id(tromsoPerson) + "/changes", secret).statusCode())
        .isEqualTo(404);
    assertThat(get("/api/v1/requests/" + id(unplaced), secret).statusCode()).isEqualTo(404);

    // No step under another office's request: the state stays as it was.
    HttpResponse<String> assign =
        http.postJson(
            http.request("/api/v1/requests/" + id(toTromso) + "/assignment")
                .header("Authorization", "Bearer " + secret),
            "{\"assignee\":\"someone\"}");
    assertThat(assign.statusCode()).isEqualTo(404);
    assertThat(assignee(id(toTromso))).isNull();

    Reactions.settle();
    assertThat(refusals("subject", tromso.toString())).isPositive();
    assertThat(refusals("dsr-request", id(toTromso))).isPositive();
  }

  /**
   * The authorisation matrix's need-to-know column for requests: every route of the table under one
   * request, called by a caller scoped to Alta about a Tromsø person's request, answers 404 and
   * changes nothing. A route added under a request is in the table, so it is in this test.
   */
  @Test
  void everyRouteUnderAnotherOfficesRequestAnswersAsUnknownAndChangesNothing() throws Exception {
    JsonNode tromsoPerson = file(http.api("/api/v1/requests"), tromsoEmail, null);
    String before = state(id(tromsoPerson));
    String secret = altaToken();
    AdminSession handler = caseHandlerOf("alta");
    List<String> rows;
    try (var in = getClass().getResourceAsStream("/security/authorisation-matrix.csv")) {
      rows =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .filter(l -> l.matches("(GET|POST),/(api/v1|admin)/requests/\\{id}.*"))
              .toList();
    }
    assertThat(rows).hasSizeGreaterThan(15);
    List<String> wrong = new java.util.ArrayList<>();
    for (String row : rows) {
      String[] cells = row.split(",");
      String path =
          cells[1]
              .replace("{id}", id(tromsoPerson))
              .replace("{taskId}", UUID.randomUUID().toString())
              .replace("{action}", "start");
      int status;
      if (path.startsWith("/api/")) {
        var call = http.request(path).header("Authorization", "Bearer " + secret);
        status =
            cells[0].equals("GET")
                ? http.send(call).statusCode()
                : http.postJson(call, "{}").statusCode();
      } else {
        status =
            cells[0].equals("GET")
                ? handler.get(path).statusCode()
                : handler.post("/admin/requests", path, Map.of()).statusCode();
      }
      if (status != 404) {
        wrong.add(row + " answered " + status);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(state(id(tromsoPerson))).isEqualTo(before);
  }

  @Test
  void filingForAPersonOfAnotherOfficeLooksExactlyLikeFilingForAnUnknownPerson() {
    String secret = altaToken();
    JsonNode forTromso =
        file(
            http.request("/api/v1/requests").header("Authorization", "Bearer " + secret),
            tromsoEmail,
            "alta");
    JsonNode forNobody =
        file(
            http.request("/api/v1/requests").header("Authorization", "Bearer " + secret),
            unknownEmail(),
            "alta");
    JsonNode forAlta =
        file(
            http.request("/api/v1/requests").header("Authorization", "Bearer " + secret),
            altaEmail,
            "alta");
    assertThat(forTromso.get("subjectKnown").asBoolean()).isFalse();
    assertThat(forNobody.get("subjectKnown").asBoolean()).isFalse();
    assertThat(forAlta.get("subjectKnown").asBoolean()).isTrue();
    assertThat(get("/api/v1/requests/" + id(forTromso), secret).statusCode()).isEqualTo(200);
  }

  @Test
  void anAltaCaseHandlerSeesOnlyAltasRequestsInTheAdminPages() {
    JsonNode altaPerson = file(http.api("/api/v1/requests"), altaEmail, null);
    JsonNode tromsoPerson = file(http.api("/api/v1/requests"), tromsoEmail, null);
    AdminSession handler = caseHandlerOf("alta");

    String queue = handler.get("/admin/requests").body();
    assertThat(queue).contains(altaPerson.get("reference").asString());
    assertThat(queue).doesNotContain(tromsoPerson.get("reference").asString());
    assertThat(handler.get("/admin/requests/" + id(altaPerson)).statusCode()).isEqualTo(200);
    assertThat(handler.get("/admin/requests/" + id(tromsoPerson)).statusCode()).isEqualTo(404);
    assertThat(handler.get("/admin/requests/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(handler.get("/admin/requests/" + id(tromsoPerson) + "/changes").statusCode())
        .isEqualTo(404);

    // From the person's page to their requests: one person's, in scope only.
    assertThat(handler.get("/admin/subjects/" + alta).body())
        .contains("id=\"subject-requests\"", "/admin/requests?subject=" + alta);
    String altas = handler.get("/admin/requests?subject=" + alta).body();
    assertThat(altas)
        .contains("id=\"subject-filter\"", altaPerson.get("reference").asString())
        .doesNotContain(tromsoPerson.get("reference").asString());
    assertThat(handler.get("/admin/requests?subject=" + tromso).body())
        .doesNotContain(tromsoPerson.get("reference").asString());
  }

  @Test
  void aBreachCountsEveryoneButListsOnlyThePeopleInTheCallersScope() {
    HttpResponse<String> breach =
        http.postJson(
            http.api("/api/v1/breaches"),
            "{\"awareAt\":\""
                + clock.instant().truncatedTo(ChronoUnit.SECONDS)
                + "\",\"summary\":\"Synthetic scope test\",\"type\":\"confidentiality\"}");
    assertThat(breach.statusCode()).isEqualTo(201);
    String query =
        "/api/v1/breaches/"
            + JSON.readTree(breach.body()).get("id").asString()
            + "/affected?activity=website&from="
            + clock.instant().minus(1, ChronoUnit.HOURS)
            + "&to="
            + clock.instant().plus(1, ChronoUnit.HOURS)
            + "&list=true";

    HttpResponse<String> wholeAnswer = http.send(http.api(query));
    HttpResponse<String> scopedAnswer = get(query, altaToken());
    assertThat(wholeAnswer.statusCode()).as(wholeAnswer.body()).isEqualTo(200);
    assertThat(scopedAnswer.statusCode()).as(scopedAnswer.body()).isEqualTo(200);
    JsonNode whole = JSON.readTree(wholeAnswer.body());
    JsonNode scoped = JSON.readTree(scopedAnswer.body());

    assertThat(scoped.get("count").asLong()).isEqualTo(whole.get("count").asLong());
    List<String> all = values(whole.get("subjects"));
    List<String> seen = values(scoped.get("subjects"));
    assertThat(all).contains(alta.toString(), tromso.toString());
    assertThat(seen).contains(alta.toString()).doesNotContain(tromso.toString());
    assertThat(scoped.get("outsideScope").asInt()).isEqualTo(all.size() - seen.size());
    assertThat(whole.get("outsideScope").asInt()).isZero();
  }

  private NewRecord record(String controller, String activity) {
    return new NewRecord(
        controller,
        activity,
        "contact-form",
        Instant.now(clock),
        Map.of("note", "synthetic"),
        null,
        null,
        null,
        null);
  }

  private JsonNode file(java.net.http.HttpRequest.Builder to, String email, String controller) {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("rights").add("access");
    ObjectNode identifiers = body.putObject("identifiers");
    identifiers.put("email", email);
    if (controller != null) {
      body.put("controller", controller);
    }
    HttpResponse<String> created = http.postJson(to, body.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body());
  }

  private static String unknownEmail() {
    return "nobody." + UUID.randomUUID() + "@example.invalid";
  }

  private String altaToken() {
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/tokens"),
            "{\"name\":\"alta requests "
                + UUID.randomUUID()
                + "\",\"roles\":[\"CASE_HANDLER\"],\"expiresInDays\":1,"
                + "\"scope\":{\"controllers\":[\"alta\"]}}");
    assertThat(created.statusCode()).isEqualTo(201);
    return JSON.readTree(created.body()).get("secret").asString();
  }

  private AdminSession caseHandlerOf(String controller) {
    String username = controller + "-requests-" + UUID.randomUUID().toString().substring(0, 8);
    AdminSession admin = new AdminSession(port);
    assertThat(admin.login("admin", "test-admin-password-1234").statusCode()).isEqualTo(302);
    HttpResponse<String> created =
        admin.post(
            "/admin/users",
            "/admin/users",
            Map.of(
                "username", username,
                "password", PASSWORD,
                "roles", "CASE_HANDLER",
                "scope", "listed",
                "controllers", controller));
    assertThat(created.statusCode()).isEqualTo(302);
    AdminSession handler = new AdminSession(port);
    handler.login(username, PASSWORD);
    String own = PASSWORD + "-own";
    handler.post(
        "/admin/password",
        "/admin/password",
        Map.of("current", PASSWORD, "replacement", own, "confirmation", own));
    assertThat(handler.get("/admin").statusCode()).isEqualTo(200);
    return handler;
  }

  private HttpResponse<String> get(String path, String secret) {
    return http.send(http.request(path).header("Authorization", "Bearer " + secret));
  }

  private static String id(JsonNode request) {
    return request.get("id").asString();
  }

  private static List<String> ids(HttpResponse<String> list) {
    assertThat(list.statusCode()).isEqualTo(200);
    return JSON.readTree(list.body()).valueStream().map(r -> r.get("id").asString()).toList();
  }

  private static List<String> values(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }

  private static JsonNode comparable(HttpResponse<String> response) {
    ObjectNode body = (ObjectNode) JSON.readTree(response.body());
    body.remove("correlationId");
    body.remove("instance");
    body.remove("detail");
    return body;
  }

  private String assignee(String request) {
    return jdbc.sql("SELECT assignee FROM dsr_request WHERE id = ?::uuid")
        .param(request)
        .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
        .single()
        .orElse(null);
  }

  private String state(String request) {
    return jdbc.sql(
            "SELECT state || '/' || coalesce(assignee, '') || '/' || updated_at::text"
                + " FROM dsr_request WHERE id = ?::uuid")
        .param(request)
        .query(String.class)
        .single();
  }

  private long refusals(String type, String id) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_type = ?"
                + " AND resource_id = ?")
        .params(SCOPE_REFUSED, type, id)
        .query(Long.class)
        .single();
  }
}
