package no.vern.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vern.inventory.Activity;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import org.springframework.stereotype.Component;

/**
 * A listed scope in words for the access review: the controllers' and activities' names from the
 * inventory in force, each with its id; an id the inventory does not name (a scope set up before
 * its office was published, or one of an older version) is shown as the id alone.
 */
@Component
class ScopeWords {

  /**
   * One scope in words: the controllers, and the activities it is narrowed to (may be empty), each
   * with its id in the same order ({@code controllerIds}, {@code activityIds}).
   */
  record Words(
      List<String> controllers,
      List<String> activities,
      List<String> controllerIds,
      List<String> activityIds) {}

  private final ProcessingInventory inventory;

  ScopeWords(ProcessingInventory inventory) {
    this.inventory = inventory;
  }

  /** A translator for many scopes at once, reading the inventory once; {@code language} nb|en. */
  java.util.function.Function<Scope, Words> in(String language) {
    Optional<Inventory> active = inventory.active().map(InventoryVersion::inventory);
    Map<String, String> controllers = new HashMap<>();
    Map<String, String> activities = new HashMap<>();
    active.ifPresent(
        i -> {
          i.controllers().forEach(c -> controllers.put(c.id(), named(c.name(), c.id())));
          for (Activity a : i.activities()) {
            String name = a.name() == null ? null : a.name().in(language);
            activities.put(a.id(), named(name, a.id()));
          }
        });
    return scope -> {
      List<String> controllerIds = scope.controllers().stream().sorted().toList();
      List<String> activityIds = scope.activities().stream().sorted().toList();
      return new Words(
          controllerIds.stream().map(c -> controllers.getOrDefault(c, c)).toList(),
          activityIds.stream().map(a -> activities.getOrDefault(a, a)).toList(),
          controllerIds,
          activityIds);
    };
  }

  private static String named(String name, String id) {
    return name == null || name.isBlank() ? id : name + " (" + id + ")";
  }
}
