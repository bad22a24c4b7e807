package no.vern.inventory;

import java.util.List;
import java.util.Optional;

/**
 * What reading a document gave: the inventory if the text could be read at all (possibly with
 * unreadable entries left out), and every problem found, structural and, when asked, semantic.
 */
public record ParseResult(Optional<Inventory> inventory, List<Problem> problems) {

  public ParseResult {
    problems = List.copyOf(problems);
  }

  /** Whether the inventory may be activated: readable and without errors (warnings allowed). */
  public boolean acceptable() {
    return inventory.isPresent() && problems.stream().noneMatch(Problem::blocking);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::blocking).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(problem -> !problem.blocking()).toList();
  }
}
