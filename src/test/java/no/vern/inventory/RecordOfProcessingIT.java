package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@VernTest
class RecordOfProcessingIT {

  @Autowired ProcessingInventory inventory;
  @LocalServerPort int port;
  InventoryApiClient api;

  @BeforeEach
  void client() {
    api = new InventoryApiClient(new Http(port));
  }

  @Test
  void csvHasOneRowPerActivityAndTheDebtCollectionRetention() {
    var csv = api.get("/api/v1/inventory/record-of-processing", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    List<String> lines = List.of(csv.body().split("\r\n"));
    assertThat(lines).hasSize(inventory.active().orElseThrow().inventory().activities().size() + 1);
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("Debt collection")
                    .contains("3 years after case closed, then anonymise"));
    var nb = api.get("/api/v1/inventory/record-of-processing?format=csv&lang=nb", "*/*");
    assertThat(nb.body()).contains("Inkasso");
  }

  @Test
  void jsonLdIsTheDefaultAndNamesEveryActivity() {
    var jsonLd = api.get("/api/v1/inventory/record-of-processing", "*/*");
    assertThat(jsonLd.statusCode()).isEqualTo(200);
    assertThat(jsonLd.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/ld+json");
    assertThat(JsonMapper.builder().build().readTree(jsonLd.body()).has("@graph")).isTrue();
    assertThat(jsonLd.body()).contains("eu-gdpr:A6-1-f");
    for (Activity activity : inventory.active().orElseThrow().inventory().activities()) {
      assertThat(jsonLd.body()).contains("\"urn:vern:activity:" + activity.id() + "\"");
    }
  }
}
