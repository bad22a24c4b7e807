package no.vern.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

/** The published JSON Schema of the inventory document, as shipped in the jar. */
final class InventorySchema {

  static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/schema+json");
  static final String TEXT = load();

  private InventorySchema() {}

  private static String load() {
    try (var in = new ClassPathResource("inventory/inventory.schema.json").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
