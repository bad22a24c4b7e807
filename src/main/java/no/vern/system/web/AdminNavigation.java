package no.vern.system.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.stereotype.Component;

/**
 * The admin shell's navigation: every module's {@link AdminNavigationEntry} bean, in order, under
 * the heading its module names. No list here names the modules; a new one contributes its entry.
 * Two entries with one id stop Vern. A planned module's entry is not listed until it is built.
 */
@Component("adminNavigation")
public class AdminNavigation {

  /** One heading of the navigation with its built entries, in order. */
  public record Section(Group group, List<AdminNavigationEntry> entries) {
    public String messageKey() {
      return group.messageKey();
    }
  }

  private final List<AdminNavigationEntry> items;
  private final List<Section> sections;

  AdminNavigation(List<AdminNavigationEntry> contributed) {
    this.items =
        contributed.stream().sorted(Comparator.comparingInt(AdminNavigationEntry::order)).toList();
    long distinct = items.stream().map(AdminNavigationEntry::id).distinct().count();
    if (distinct != items.size()) {
      throw new IllegalStateException("Two admin navigation entries share an id: " + items);
    }
    this.sections =
        Arrays.stream(Group.values())
            .filter(g -> g != Group.HOME)
            .map(
                g ->
                    new Section(
                        g, items.stream().filter(i -> i.built() && i.group() == g).toList()))
            .filter(s -> !s.entries().isEmpty())
            .toList();
  }

  public List<AdminNavigationEntry> items() {
    return items;
  }

  /** The built pages under their headings, the overview left out (the shell links it first). */
  public List<Section> sections() {
    return sections;
  }

  /** The not-yet-built module with this id, for its placeholder page. */
  Optional<AdminNavigationEntry> plannedModule(String id) {
    return items.stream().filter(i -> i.id().equals(id) && !i.built()).findFirst();
  }
}
