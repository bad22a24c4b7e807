package no.vern.inventory.domain;

import java.util.ArrayList;
import java.util.List;
import no.vern.inventory.Problem;

/** Collects problems while the rules run, so that all of them are reported together. */
final class Problems {

  private final List<Problem> found = new ArrayList<>();

  void error(String path, String code, String message) {
    found.add(Problem.error(path, code, message));
  }

  void warning(String path, String code, String message) {
    found.add(Problem.warning(path, code, message));
  }

  /** Reports a missing value when it is null or blank; returns whether it was present. */
  boolean require(Object value, String path, String what) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      error(path, "required", what + " is missing.");
      return false;
    }
    return true;
  }

  List<Problem> all() {
    return List.copyOf(found);
  }

  static String at(String list, int index) {
    return list + "[" + index + "]";
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
