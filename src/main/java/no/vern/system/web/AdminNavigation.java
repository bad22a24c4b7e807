package no.vern.system.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.vern.shared.web.AdminNavigationEntry;
import org.springframework.stereotype.Component;

/**
 * The admin shell's navigation: every module's {@link AdminNavigationEntry} bean, in order. No list
 * here names the modules; a new one contributes its entry. Two entries with one id stop Vern.
 */
@Component("adminNavigation")
public class AdminNavigation {

  private final List<AdminNavigationEntry> items;

  AdminNavigation(List<AdminNavigationEntry> contributed) {
    this.items =
        contributed.stream().sorted(Comparator.comparingInt(AdminNavigationEntry::order)).toList();
    long distinct = items.stream().map(AdminNavigationEntry::id).distinct().count();
    if (distinct != items.size()) {
      throw new IllegalStateException("Two admin navigation entries share an id: " + items);
    }
  }

  public List<AdminNavigationEntry> items() {
    return items;
  }

  /** The not-yet-built module with this id, for its placeholder page. */
  Optional<AdminNavigationEntry> plannedModule(String id) {
    return items.stream().filter(i -> i.id().equals(id) && !i.built()).findFirst();
  }
}
