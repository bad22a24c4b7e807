package no.vern.system.web;

import java.util.List;

/**
 * The admin shell's navigation: one entry per module, in the order a data protection officer works.
 * Modules not yet built still appear, with a page saying what they will hold.
 */
public final class AdminNavigation {

  public record Item(String id, String path, String messageKey, boolean built) {}

  public static final List<Item> ITEMS =
      List.of(
          new Item("home", "/admin", "nav.home", true),
          new Item("inventory", "/admin/inventory", "nav.inventory", true),
          new Item("policy", "/admin/policy", "nav.policy", true),
          new Item("subject", "/admin/subjects", "nav.subject", true),
          // Intake has one page so far: the people who must be told about data collected elsewhere.
          new Item("intake", "/admin/intake/informing", "nav.intake", true),
          new Item("consent", "/admin/consent", "nav.consent", true),
          planned("cookie"),
          planned("dsr"),
          planned("retention"),
          planned("disclosure"),
          planned("breach"),
          new Item("mail", "/admin/mail", "nav.mail", true),
          new Item("events", "/admin/events", "nav.events", true),
          new Item("audit", "/admin/audit", "nav.audit", true),
          new Item("users", "/admin/users", "nav.users", true),
          new Item("tokens", "/admin/tokens", "nav.tokens", true));

  private AdminNavigation() {}

  private static Item planned(String id) {
    return new Item(id, "/admin/modules/" + id, "nav." + id, false);
  }

  /** The not-yet-built module with this id, for its placeholder page. */
  public static java.util.Optional<Item> plannedModule(String id) {
    return ITEMS.stream().filter(i -> i.id().equals(id) && !i.built()).findFirst();
  }
}
