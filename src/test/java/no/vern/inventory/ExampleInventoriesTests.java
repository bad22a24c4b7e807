package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.vern.inventory.InventoryDocuments.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published examples are what newcomers copy: they must be clean and round-trip. */
class ExampleInventoriesTests {

  static String example(String name) {
    try (InputStream in = ExampleInventoriesTests.class.getResourceAsStream("/examples/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"debt-collection-group.yaml", "accounting-firm.yaml"})
  void parsesAndValidatesWithoutErrors(String name) {
    ParseResult result = InventoryDocuments.read(example(name), Format.YAML);
    assertThat(result.errors()).isEmpty();
    assertThat(result.acceptable()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"debt-collection-group.yaml", "accounting-firm.yaml"})
  void survivesARoundTripThroughYamlAndJson(String name) {
    Inventory original = InventoryDocuments.parse(example(name), Format.YAML).inventory().get();
    for (Format format : Format.values()) {
      String written = InventoryDocuments.write(original, format);
      ParseResult again = InventoryDocuments.parse(written, format);
      assertThat(again.problems()).as(format.name()).isEmpty();
      assertThat(again.inventory()).contains(original);
    }
  }
}
