package no.vern.inventory;

import java.util.List;
import java.util.Objects;

/**
 * Lists in the model are never null and never hold null: a missing list reads as empty, and an
 * entry the parser could not read has already been reported as a problem.
 */
final class ModelLists {

  private ModelLists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
