package no.vern.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
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

/**
 * {@code /api/v1/disclosures} and {@code /api/v1/subjects/{id}/disclosures} against the example
 * debt-collection inventory, as an integrator, the DPO and a case handler call them.
 */
@VernTest
class DisclosuresApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired DisclosureRecipients recipients;

  private Http http;
  private SubjectId debtor;

  @BeforeEach
  void debtor() {
    http = new Http(port);
    debtor =
        registry.resolve(
            List.of(
                new Identifier(
                    IdentifierType.EMAIL, "debtor." + UUID.randomUUID() + "@example.invalid")));
  }

  @Test
  void anIntegratorRecordsADisclosureAndTheDpoReadsItWithRoleBasesAndCaseReference() {
    String integrator = http.tokenWithRole("INTEGRATOR");

    HttpResponse<String> created =
        post(
            "/api/v1/disclosures",
            integrator,
            disclosure("credit-information-agency", "debt-collection", "financial-situation")
                .replace("}", ",\"caseReference\":\"K-2026-0042\"}"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = JSON.readTree(created.body()).get("id").asString();
    assertThat(audits(6100, id)).isEqualTo(1);

    HttpResponse<String> read = get("/api/v1/subjects/" + debtor + "/disclosures", "DPO");
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode d = JSON.readTree(read.body()).get("disclosures").get(0);
    assertThat(d.get("id").asString()).isEqualTo(id);
    assertThat(d.get("recipient").asString()).isEqualTo("credit-information-agency");
    // From the inventory, not from the caller.
    assertThat(d.get("recipientRole").asString()).isEqualTo("independent-controller");
    assertThat(d.get("legalBases").toString()).isEqualTo("[\"A6-1-c\",\"A6-1-f\"]");
    assertThat(d.get("dataCategories").toString()).isEqualTo("[\"financial-situation\"]");
    assertThat(d.get("activities").toString()).isEqualTo("[\"debt-collection\"]");
    assertThat(d.get("caseReference").asString()).isEqualTo("K-2026-0042");
    assertThat(d.get("disclosedAt").asString()).isEqualTo("2026-01-15T09:30:00Z");
    assertThat(d.get("confidential").asBoolean()).isFalse();
    assertThat(audits(6101, debtor.toString())).isEqualTo(1);
  }

  @Test
  void badInputIsAProblemNamingEveryFieldToFixAndNothingIsStored() {
    String integrator = http.tokenWithRole("INTEGRATOR");
    String body =
        "{\"subject\":\""
            + debtor
            + "\",\"recipient\":\"newsletter-platform\",\"activity\":\"debt-collection\","
            + "\"disclosedAt\":\"2999-01-01\",\"dataCategories\":[\"contact-details\",\"health\"],"
            + "\"legalBasis\":\"A6-1-a\",\"confidential\":true}";

    HttpResponse<String> refused = post("/api/v1/disclosures", integrator, body);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:validation-failed");
    assertThat(fields(problem))
        .containsExactlyInAnyOrder(
            "recipient", "disclosedAt", "dataCategories[1]", "legalBasis", "confidentialGround");
    assertThat(refused.body()).contains("not-a-recipient-of-activity", "hvitvaskingsloven");
    assertThat(stored()).isZero();

    HttpResponse<String> unknown =
        post(
            "/api/v1/disclosures",
            integrator,
            disclosure("clients", "debt-collection", "claim-details")
                .replace(debtor.toString(), UUID.randomUUID().toString()));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(fields(JSON.readTree(unknown.body()))).containsExactly("subject");
  }

  @Test
  void aBatchIsAllOrNothingAndAnswersTheIdsInTheOrderSent() {
    String integrator = http.tokenWithRole("INTEGRATOR");
    String first = disclosure("address-register-service", "debt-collection", "contact-details");
    String second = disclosure("courts-and-enforcement", "debt-collection", "claim-details");
    String wrong = disclosure("tax-authority", "debt-collection", "claim-details");

    HttpResponse<String> refused =
        post(
            "/api/v1/disclosures/batch",
            integrator,
            "{\"disclosures\":[" + first + "," + second + "," + wrong + "]}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(fields(JSON.readTree(refused.body()))).containsExactly("disclosures[2].recipient");
    assertThat(stored()).isZero();

    HttpResponse<String> created =
        post(
            "/api/v1/disclosures/batch",
            integrator,
            "{\"disclosures\":[" + first + "," + second + "]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode ids = JSON.readTree(created.body()).get("ids");
    assertThat(ids.size()).isEqualTo(2);
    assertThat(recipientOf(ids.get(0).asString())).isEqualTo("address-register-service");
    assertThat(recipientOf(ids.get(1).asString())).isEqualTo("courts-and-enforcement");
    assertThat(post("/api/v1/disclosures/batch", integrator, "{\"disclosures\":[]}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void thePersonIsToldOfEveryRecipientButNeverOfAConfidentialDisclosure() {
    String dpo = http.tokenWithRole("DPO");
    assertThat(
            post(
                    "/api/v1/disclosures",
                    dpo,
                    disclosure("credit-information-agency", "debt-collection", "contact-details"))
                .statusCode())
        .isEqualTo(201);
    String toOkokrim =
        disclosure("financial-intelligence-unit", "anti-money-laundering", "due-diligence")
            .replace(
                "\"confidential\":false",
                "\"confidential\":true,\"confidentialGround\":\"hvitvaskingsloven § 28\"");
    assertThat(post("/api/v1/disclosures", dpo, toOkokrim).statusCode()).isEqualTo(201);

    HttpResponse<String> told =
        get("/api/v1/subjects/" + debtor + "/disclosures?audience=person&lang=en", "CASE_HANDLER");

    assertThat(told.statusCode()).isEqualTo(200);
    JsonNode answer = JSON.readTree(told.body());
    assertThat(answer.get("language").asString()).isEqualTo("en");
    assertThat(answer.get("disclosures").size()).isEqualTo(1);
    JsonNode d = answer.get("disclosures").get(0);
    assertThat(d.get("recipient").asString()).isEqualTo("Kredittinfo Eksempel AS");
    assertThat(d.get("role").asString()).isEqualTo("independent controller");
    assertThat(d.get("activities").get(0).asString()).isEqualTo("Debt collection");
    assertThat(told.body())
        .doesNotContain(
            "financial-intelligence-unit", "Økokrim", "hvitvaskingsloven", "laundering");

    HttpResponse<String> inBokmal =
        get("/api/v1/subjects/" + debtor + "/disclosures?audience=person", "CASE_HANDLER");
    assertThat(
            JSON.readTree(inBokmal.body())
                .get("disclosures")
                .get(0)
                .get("activities")
                .get(0)
                .asString())
        .isEqualTo("Inkasso");

    // The whole register is the DPO's: confidential entries there, marked with their ground.
    assertThat(get("/api/v1/subjects/" + debtor + "/disclosures", "CASE_HANDLER").statusCode())
        .isEqualTo(403);
    JsonNode all =
        JSON.readTree(get("/api/v1/subjects/" + debtor + "/disclosures", "DPO").body())
            .get("disclosures");
    assertThat(all.size()).isEqualTo(2);
    JsonNode report = null;
    for (JsonNode entry : all) {
      if (entry.get("recipient").asString().equals("financial-intelligence-unit")) {
        report = entry;
      }
    }
    assertThat(report).isNotNull();
    assertThat(report.get("confidential").asBoolean()).isTrue();
    assertThat(report.get("confidentialGround").asString()).isEqualTo("hvitvaskingsloven § 28");
    assertThat(report.get("recipientRole").asString()).isEqualTo("public-authority");

    // For Art. 19 notices: both recipients, and which one got the data in confidence.
    assertThat(recipients.of(debtor, List.of("debt-collection", "anti-money-laundering")))
        .extracting(DisclosureRecipients.RecipientOfData::recipient)
        .containsExactly("credit-information-agency", "financial-intelligence-unit");
    assertThat(recipients.confidentialGrounds(debtor, List.of("anti-money-laundering")))
        .containsExactly(
            java.util.Map.entry("financial-intelligence-unit", "hvitvaskingsloven § 28"));
    assertThat(recipients.confidentialGrounds(debtor, List.of("debt-collection"))).isEmpty();
  }

  @Test
  void aRetriedRequestWithItsIdempotencyKeyIsRecordedOnceAndTheKeyServesOnlyThatRequest() {
    String integrator = http.tokenWithRole("INTEGRATOR");
    String key = UUID.randomUUID().toString();
    String body = disclosure("print-and-digital-mail", "debt-collection", "contact-details");

    HttpResponse<String> first = post("/api/v1/disclosures", integrator, body, key);
    HttpResponse<String> again = post("/api/v1/disclosures", integrator, body, "\"" + key + "\"");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(stored()).isEqualTo(1);
    HttpResponse<String> other =
        post(
            "/api/v1/disclosures",
            integrator,
            disclosure("clients", "debt-collection", "claim-details"),
            key);
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(stored()).isEqualTo(1);
    // A refused request keeps no key: the corrected one may use it.
    String batchKey = UUID.randomUUID().toString();
    String wrong = "{\"disclosures\":[" + body.replace("debt-collection", "newsletter") + "]}";
    assertThat(post("/api/v1/disclosures/batch", integrator, wrong, batchKey).statusCode())
        .isEqualTo(400);
    String right = "{\"disclosures\":[" + body + "]}";
    assertThat(post("/api/v1/disclosures/batch", integrator, right, batchKey).statusCode())
        .isEqualTo(201);
    assertThat(stored()).isEqualTo(2);
  }

  @Test
  void aCallerWithoutTheRoleIsRefusedBeforeTheBodyIsRead() {
    String marketing = http.tokenWithRole("MARKETING");
    assertThat(post("/api/v1/disclosures", marketing, "{}").statusCode()).isEqualTo(403);
    assertThat(post("/api/v1/disclosures", http.tokenWithRole("CASE_HANDLER"), "{}").statusCode())
        .isEqualTo(403);
    assertThat(stored()).isZero();
  }

  private String disclosure(String recipient, String activity, String category) {
    return "{\"subject\":\""
        + debtor
        + "\",\"recipient\":\""
        + recipient
        + "\",\"activity\":\""
        + activity
        + "\",\"disclosedAt\":\"2026-01-15T10:30:00+01:00\",\"dataCategories\":[\""
        + category
        + "\"],\"confidential\":false}";
  }

  private HttpResponse<String> post(String path, String token, String json) {
    return http.postJson(http.request(path).header("Authorization", "Bearer " + token), json);
  }

  private HttpResponse<String> post(String path, String token, String json, String key) {
    return http.postJson(
        http.request(path)
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", key),
        json);
  }

  private HttpResponse<String> get(String path, String role) {
    return http.send(
        http.request(path).header("Authorization", "Bearer " + http.tokenWithRole(role)).GET());
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new java.util.ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private long stored() {
    return jdbc.sql("SELECT count(*) FROM disclosure WHERE subject_id = ?")
        .param(debtor.value())
        .query(Long.class)
        .single();
  }

  private String recipientOf(String id) {
    return jdbc.sql("SELECT recipient FROM disclosure WHERE id = ?")
        .param(UUID.fromString(id))
        .query(String.class)
        .single();
  }

  private long audits(int code, String resource) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(code, resource)
        .query(Long.class)
        .single();
  }
}
