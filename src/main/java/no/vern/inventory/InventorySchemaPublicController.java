package no.vern.inventory;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory's JSON Schema at a public address, so editors and CI pipelines that lint an
 * inventory file can fetch it without an API token. It describes a format, not any organisation.
 */
@RestController
class InventorySchemaPublicController {

  static final String PATH = "/public/schemas/inventory-1.schema.json";

  @GetMapping(PATH)
  ResponseEntity<String> schema() {
    return ResponseEntity.ok()
        .contentType(InventorySchema.MEDIA_TYPE)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(InventorySchema.TEXT);
  }
}
