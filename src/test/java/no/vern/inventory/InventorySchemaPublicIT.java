package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor or a CI lint step fetches the inventory's schema without any token. */
@VernTest
class InventorySchemaPublicIT {

  @LocalServerPort int port;

  @Test
  void theSchemaIsPublishedWithoutLogin() {
    var response = new Http(port).get("/public/schemas/inventory-1.schema.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/schema+json"));
    assertThat(response.body())
        .contains("\"$id\": \"urn:vern:schema:inventory:1\"")
        .contains("2020-12/schema");
  }
}
