package no.vern.inventory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code location}: a YAML or JSON inventory file (a path, or {@code classpath:...}) activated at
 * start whenever it differs from the active version; blank for none.
 */
@ConfigurationProperties("vern.inventory")
record InventorySettings(String location) {

  boolean hasLocation() {
    return location != null && !location.isBlank();
  }
}
