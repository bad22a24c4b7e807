package no.vern.retention;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vern.inventory.Activity;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.inventory.RetentionRule;
import no.vern.inventory.RetentionTrigger;
import no.vern.retention.domain.TriggerKind;
import org.springframework.stereotype.Component;

/**
 * The retention rules of the inventory in force, read afresh on every use: due dates are computed
 * from the active version, so a new version recomputes them all at once (a shorter period makes
 * records due on the next sweep).
 */
@Component
class RetentionRules {

  /** One activity's rule, with the recipients that must hear of an erasure (item 6). */
  record Rule(
      String activity,
      String controller,
      String trigger,
      Period period,
      String action,
      List<String> recipients) {

    TriggerKind kind() {
      return TriggerKind.of(trigger);
    }
  }

  /** The rules of one version. */
  record Rules(int version, List<Rule> rules, Set<String> reportableEvents) {

    Optional<Rule> of(String activity) {
      return rules.stream().filter(r -> r.activity().equals(activity)).findFirst();
    }
  }

  private final ProcessingInventory inventory;

  RetentionRules(ProcessingInventory inventory) {
    this.inventory = inventory;
  }

  Rules active() {
    return inventory.active().map(RetentionRules::of).orElse(new Rules(0, List.of(), Set.of()));
  }

  static Rules of(InventoryVersion version) {
    List<Rule> rules = new ArrayList<>();
    for (Activity a : version.inventory().activities()) {
      RetentionRule r = a.retention();
      if (r == null || r.period() == null || r.trigger() == null) {
        continue;
      }
      String action = r.action() == null ? "delete" : r.action().code();
      rules.add(new Rule(a.id(), a.controller(), r.trigger(), r.period(), action, a.recipients()));
    }
    Set<String> events = new LinkedHashSet<>();
    for (RetentionTrigger t : version.inventory().retentionTriggers()) {
      if (TriggerKind.of(t.id()).reportable()) {
        events.add(t.id());
      }
    }
    events.addAll(TriggerKind.extraEvents());
    return new Rules(version.number(), List.copyOf(rules), Set.copyOf(events));
  }
}
