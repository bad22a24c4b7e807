package no.vern.inventory;

import java.util.List;
import java.util.stream.Collectors;

/** What the admin page shows of an inventory, resolved to texts in one language. */
record InventoryPage(
    List<ControllerRow> controllers, List<ActivityRow> activities, List<CookieRow> cookies) {

  record ControllerRow(String name, String organisationNumber, String country) {}

  record ActivityRow(String id, String name, String purpose, String legalBases, String retention) {}

  record CookieRow(
      String name, String provider, String category, String lifetime, String purpose) {}

  static InventoryPage of(Inventory inventory, String language) {
    var lookup = new InventoryLookup(inventory);
    return new InventoryPage(
        inventory.controllers().stream()
            .map(c -> new ControllerRow(c.name(), c.organisationNumber(), c.country()))
            .toList(),
        inventory.activities().stream()
            .map(
                a ->
                    new ActivityRow(
                        a.id(),
                        RecordOfProcessingCsv.text(a.name(), language),
                        RecordOfProcessingCsv.text(a.purpose(), language),
                        a.legalBases().stream()
                            .map(g -> g.basis() == null ? "?" : g.basis().code())
                            .collect(Collectors.joining(", ")),
                        lookup.retentionWords(a, language)))
            .toList(),
        inventory.cookies().stream()
            .map(
                c ->
                    new CookieRow(
                        c.name(),
                        c.provider(),
                        c.category() == null ? "" : c.category().code(),
                        c.lifetime() == null
                            ? ""
                            : c.maxAge() == null ? c.lifetime().code() : c.maxAge(),
                        RecordOfProcessingCsv.text(c.purpose(), language)))
            .toList());
  }
}
