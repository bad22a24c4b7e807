package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import no.vern.inventory.Inventory;
import no.vern.inventory.RetentionRule;

/**
 * Every activity says how long it keeps data (Art. 5(1)(e)); without a rule the retention module
 * could never delete anything, so a missing rule refuses the inventory.
 */
final class RetentionRules {

  private RetentionRules() {}

  static void check(Inventory inventory, Problems problems) {
    for (int i = 0; i < inventory.activities().size(); i++) {
      RetentionRule rule = inventory.activities().get(i).retention();
      String path = at("activities", i) + ".retention";
      if (rule == null) {
        problems.error(
            path,
            "retention-missing",
            "Say how long the data is kept: a trigger event, a period and delete or anonymise.");
        continue;
      }
      problems.require(rule.trigger(), path + ".trigger", "The event the period runs from");
      problems.require(rule.action(), path + ".action", "Delete or anonymise");
      if (problems.require(rule.period(), path + ".period", "The retention period")
          && rule.period().isNegative()) {
        problems.error(path + ".period", "invalid-value", "A retention period cannot be negative.");
      }
    }
  }
}
