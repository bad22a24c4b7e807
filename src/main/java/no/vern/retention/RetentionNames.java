package no.vern.retention;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.vern.inventory.Activity;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.inventory.RetentionTrigger;
import no.vern.inventory.Text;
import org.springframework.stereotype.Component;

/**
 * Activities and triggers by their names in the inventory in force, in the reader's language, so
 * the retention page shows "Debt collection" and «When the case is closed» rather than {@code
 * debt-collection} and {@code case-closed} (issue 16). An id the inventory no longer has keeps its
 * id: the page must still show what it counts.
 */
@Component
class RetentionNames {

  /** Id to name; the page falls back to the id for ids not here. */
  record Names(Map<String, String> activities, Map<String, String> triggers) {}

  private final ProcessingInventory inventory;

  RetentionNames(ProcessingInventory inventory) {
    this.inventory = inventory;
  }

  Names in(Locale locale) {
    String language = "en".equals(locale.getLanguage()) ? "en" : "nb";
    return inventory.active().map(v -> of(v, language)).orElse(new Names(Map.of(), Map.of()));
  }

  private static Names of(InventoryVersion version, String language) {
    Map<String, String> activities = new LinkedHashMap<>();
    for (Activity a : version.inventory().activities()) {
      put(activities, a.id(), a.name(), language);
    }
    Map<String, String> triggers = new LinkedHashMap<>();
    for (RetentionTrigger t : version.inventory().retentionTriggers()) {
      put(triggers, t.id(), t.description(), language);
    }
    return new Names(activities, triggers);
  }

  private static void put(Map<String, String> names, String id, Text text, String language) {
    String name = text == null ? null : text.in(language);
    if (id != null && name != null && !name.isBlank()) {
      names.put(id, name);
    }
  }
}
