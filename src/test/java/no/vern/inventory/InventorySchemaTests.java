package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import no.vern.inventory.InventoryDocuments.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schema must accept what Vern writes, so that editors and CI pipelines that
 * validate against it agree with Vern. The validator library brings Jackson 2, hence the JSON
 * string between the two.
 */
class InventorySchemaTests {

  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in =
        InventorySchemaTests.class.getResourceAsStream("/inventory/inventory.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> violations(String json) throws Exception {
    Set<ValidationMessage> messages = SCHEMA.validate(new ObjectMapper().readTree(json));
    return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }

  private static String asJson(String yaml) {
    Inventory inventory = InventoryDocuments.parse(yaml, Format.YAML).inventory().orElseThrow();
    return InventoryDocuments.write(inventory, Format.JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"debt-collection-group.yaml", "accounting-firm.yaml"})
  void theExamplesMatchTheSchema(String name) throws Exception {
    assertThat(violations(asJson(ExampleInventoriesTests.example(name)))).isEmpty();
  }

  @Test
  void theMinimalFixtureMatchesTheSchema() throws Exception {
    assertThat(violations(asJson(InventoryFixtures.MINIMAL))).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatVernRejectsStructurally() throws Exception {
    String json =
        asJson(InventoryFixtures.MINIMAL)
            .replace("\"period\" : \"P0D\"", "\"period\" : \"3 years\"")
            .replace("\"formatVersion\" : 1,", "\"formatVersion\" : 1, \"colour\" : \"blue\",");
    assertThat(violations(json))
        .anySatisfy(message -> assertThat(message).contains("period"))
        .anySatisfy(message -> assertThat(message).contains("colour"));
  }
}
