package no.vern.inventory;

import java.util.List;
import no.vern.inventory.domain.InventoryRules;

/**
 * Checks an inventory against the rules of GDPR and Norwegian law that can be checked from the
 * document alone, and returns every problem at once. The caller decides: any {@link
 * Problem.Severity#ERROR} refuses the inventory, warnings are shown but do not block.
 */
public final class InventoryValidator {

  private InventoryValidator() {}

  public static List<Problem> validate(Inventory inventory) {
    return InventoryRules.check(inventory);
  }
}
