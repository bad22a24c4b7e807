package no.vern.inventory.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The ids of one list, able to say whether a reference hits and what was probably meant. */
record KnownIds(String kind, List<String> ids) {

  static KnownIds of(String kind, List<?> entries) {
    return new KnownIds(
        kind,
        entries.stream().map(entry -> Identified.of(entry).id()).filter(Objects::nonNull).toList());
  }

  /** Reports the reference at {@code path} if it names nothing in this list. */
  void check(String reference, String path, Problems problems) {
    if (reference == null || ids.contains(reference)) {
      return;
    }
    String message = "'" + reference + "' is not " + kind + " in this inventory.";
    message += closest(reference).map(id -> " Did you mean '" + id + "'?").orElse("");
    problems.error(path, "unknown-reference", message);
  }

  // A misspelling is usually within two edits; anything further is a different word.
  private Optional<String> closest(String reference) {
    return ids.stream()
        .filter(id -> distance(id, reference) <= 2)
        .min(Comparator.comparingInt(id -> distance(id, reference)));
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] current = new int[b.length() + 1];
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      previous = current;
    }
    return previous[b.length()];
  }
}
