package no.vern.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The need-to-know scope a user or token is given at creation: every controller ({@code all}, an
 * explicit choice), or the listed controllers, optionally narrowed to listed activities of theirs.
 * Ids are those of the inventory ({@code controllers:} and {@code activities:});
 * docs/need-to-know.md.
 */
record Scope(boolean all, Set<String> controllers, Set<String> activities) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

  static final Scope ALL = new Scope(true, Set.of(), Set.of());

  Scope {
    controllers = Set.copyOf(new TreeSet<>(controllers));
    activities = Set.copyOf(new TreeSet<>(activities));
    if (all && !(controllers.isEmpty() && activities.isEmpty())) {
      throw new RuleViolation("access.scope.allOrList");
    }
    if (!all && controllers.isEmpty()) {
      throw new RuleViolation("access.scope.controllersRequired");
    }
    for (String id : controllers) {
      check(id);
    }
    for (String id : activities) {
      check(id);
    }
  }

  /** The listed controllers, narrowed to {@code activities} when any are given. */
  static Scope listed(Collection<String> controllers, Collection<String> activities) {
    return new Scope(false, clean(controllers), clean(activities));
  }

  /**
   * From a form or body: {@code choice} is "all" or "listed"; anything else, or nothing, is refused
   * so that nobody gets a scope they did not choose.
   */
  static Scope chosen(
      String choice, Collection<String> controllers, Collection<String> activities) {
    if ("all".equals(choice)) {
      return ALL;
    }
    if ("listed".equals(choice)) {
      return listed(controllers, activities);
    }
    throw new RuleViolation("access.scope.required");
  }

  /** For lists and pages: "all" or the controllers, with the activities in brackets. */
  String label() {
    if (all) {
      return "*";
    }
    String text = String.join(", ", new TreeSet<>(controllers));
    return activities.isEmpty()
        ? text
        : text + " (" + String.join(", ", new TreeSet<>(activities)) + ")";
  }

  private static Set<String> clean(Collection<String> ids) {
    Set<String> out = new TreeSet<>();
    for (String id : ids == null ? List.<String>of() : ids) {
      if (id != null) {
        for (String part : id.split("[,\\s]+")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
    }
    return out;
  }

  private static void check(String id) {
    if (!ID.matcher(id).matches()) {
      throw new RuleViolation("access.scope.idInvalid");
    }
  }
}
