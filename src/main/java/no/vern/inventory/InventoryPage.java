package no.vern.inventory;

import java.util.List;

/** What the admin page shows of an inventory, resolved to texts in one language. */
record InventoryPage(
    List<ControllerRow> controllers, List<ActivityRow> activities, List<CookieRow> cookies) {

  record ControllerRow(String name, String organisationNumber, String country) {}

  /** {@code legalBases} are codes ({@code A6-1-b}); the page puts them in words. */
  record ActivityRow(
      String id, String name, String purpose, List<String> legalBases, String retention) {}

  /** {@code lifetime} is the code ({@code session}); {@code maxAge} an ISO-8601 duration or "". */
  record CookieRow(
      String name,
      String provider,
      String category,
      String lifetime,
      String maxAge,
      String purpose) {}

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
                            .toList(),
                        lookup.retentionWords(a, language)))
            .toList(),
        inventory.cookies().stream()
            .map(
                c ->
                    new CookieRow(
                        c.name(),
                        c.provider(),
                        c.category() == null ? "" : c.category().code(),
                        c.lifetime() == null ? "" : c.lifetime().code(),
                        c.maxAge() == null ? "" : c.maxAge(),
                        RecordOfProcessingCsv.text(c.purpose(), language)))
            .toList());
  }
}
