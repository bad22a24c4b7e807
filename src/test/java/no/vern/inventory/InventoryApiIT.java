package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@VernTest
class InventoryApiIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired ProcessingInventory inventory;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  Http http;
  InventoryApiClient api;

  @BeforeEach
  void client() {
    http = new Http(port);
    api = new InventoryApiClient(http);
  }

  @AfterEach
  void restore() {
    api.restoreExample();
  }

  @Test
  void theActiveExampleComesAsYamlOrJson() {
    var yaml = api.get("/api/v1/inventory", "application/yaml");
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/yaml");
    assertThat(yaml.body()).contains("formatVersion: 1").contains("Brattli Kreditt AS");
    String number = yaml.headers().firstValue("Vern-Inventory-Version").orElseThrow();
    assertThat(yaml.headers().firstValue("ETag").orElseThrow())
        .contains(inventory.active().orElseThrow().sha256());

    var json = api.get("/api/v1/inventory", "application/json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(JSON.readTree(json.body()).get("controllers").get(0).get("name").asString())
        .isEqualTo("Brattli Kreditt AS");
    assertThat(json.headers().firstValue("Vern-Inventory-Version")).contains(number);
  }

  @Test
  void aChangedDocumentBecomesANewAuditedVersionAndTheSameOneChangesNothing() {
    int before = inventory.active().orElseThrow().number();
    String marker = "Running the website " + UUID.randomUUID();
    String changed =
        InventoryExamples.replaceOnce(
            InventoryExamples.DEBT_COLLECTION, "en: Running the website }", "en: " + marker + " }");

    var created = api.put(changed, "application/yaml");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    int number = body.get("version").asInt();
    assertThat(number).isGreaterThan(before);
    assertThat(created.headers().firstValue("Location"))
        .contains("/api/v1/inventory/versions/" + number);
    assertThat(api.get("/api/v1/inventory", "text/yaml").body()).contains(marker);
    assertThat(api.get("/api/v1/inventory/versions/" + number, "application/json").body())
        .contains(marker);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_entry WHERE action_code = 2000 AND resource_id = ?",
                Integer.class,
                "" + number))
        .isEqualTo(1);

    var again = api.put(changed, "application/yaml");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("version").asInt()).isEqualTo(number);
    assertThat(inventory.active().orElseThrow().number()).isEqualTo(number);
    assertThat(api.get("/api/v1/inventory/versions", "application/json").body())
        .contains("\"number\":" + number);
  }

  @Test
  void aBrokenDocumentIsRefusedWithEveryProblemAndNothingChanges() {
    int before = inventory.active().orElseThrow().number();
    var refused = api.put(InventoryExamples.brokenFourWays(), "application/yaml");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:unprocessable");
    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
        .containsExactlyInAnyOrderElementsOf(InventoryExamples.BROKEN_PATHS);
    assertThat(problem.get("errors").valueStream().map(e -> e.get("code").asString()).toList())
        .contains(
            "unknown-reference",
            "retention-missing",
            "special-category-without-article-9",
            "text-missing");
    assertThat(inventory.active().orElseThrow().number()).isEqualTo(before);
  }

  @Test
  void unreadableYamlIsAMalformedBody() {
    var refused = api.put("formatVersion: 1\norganisation: [unclosed", "application/yaml");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("urn:vern:problem:malformed-body").contains("syntax");
  }

  @Test
  void plainTextIsAnUnsupportedMediaType() {
    var refused = api.put(InventoryExamples.DEBT_COLLECTION, "text/plain");
    assertThat(refused.statusCode()).isEqualTo(415);
  }

  @Test
  void anAuditorMayReadButNotReplace() {
    String secret = http.tokenWithRole("AUDITOR");
    var read =
        http.send(
            http.request("/api/v1/inventory").header("Authorization", "Bearer " + secret).GET());
    assertThat(read.statusCode()).isEqualTo(200);
    var replace =
        api.put(
            http.request("/api/v1/inventory").header("Authorization", "Bearer " + secret),
            InventoryExamples.DEBT_COLLECTION,
            "application/yaml");
    assertThat(replace.statusCode()).isEqualTo(403);
  }

  @Test
  void theSchemaIsServed() {
    var schema = api.get("/api/v1/inventory/schema", "application/json");
    assertThat(schema.statusCode()).isEqualTo(200);
    assertThat(schema.body()).contains("2020-12");
  }
}
