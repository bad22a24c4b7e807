package no.vern.policy.domain;

import java.util.List;
import no.vern.inventory.Activity;
import no.vern.inventory.Audience;
import no.vern.inventory.Inventory;

/**
 * The groups the notice speaks to: those the inventory declares, or else one per subject category
 * that an activity concerns, named and headed by the category's name.
 */
final class Audiences {

  private Audiences() {}

  static List<Audience> of(Inventory inventory) {
    if (!inventory.audiences().isEmpty()) {
      return inventory.audiences();
    }
    return inventory.subjectCategories().stream()
        .filter(s -> inventory.activities().stream().anyMatch(a -> concerns(a, s.id())))
        .map(s -> new Audience(s.id(), s.name(), s.name(), List.of(s.id())))
        .toList();
  }

  static List<Activity> activities(Inventory inventory, Audience audience) {
    return inventory.activities().stream()
        .filter(a -> audience.subjectCategories().stream().anyMatch(id -> concerns(a, id)))
        .toList();
  }

  /** The groups of the activity that the audience gathers. */
  static List<String> groups(Activity activity, Audience audience) {
    return activity.subjectCategories().stream()
        .filter(audience.subjectCategories()::contains)
        .toList();
  }

  static String anchor(Audience audience) {
    return "for-" + audience.id();
  }

  private static boolean concerns(Activity activity, String subjectCategory) {
    return activity.subjectCategories().contains(subjectCategory);
  }
}
