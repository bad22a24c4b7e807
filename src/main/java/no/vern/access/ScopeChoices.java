package no.vern.access;

import java.util.List;
import no.vern.inventory.Controller;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import org.springframework.stereotype.Component;

/** The controllers of the inventory in force, offered when a scope is chosen on a page. */
@Component
class ScopeChoices {

  record Option(String id, String name) {}

  private final ProcessingInventory inventory;

  ScopeChoices(ProcessingInventory inventory) {
    this.inventory = inventory;
  }

  List<Option> controllers() {
    return inventory
        .active()
        .map(InventoryVersion::inventory)
        .map(i -> i.controllers().stream().map(ScopeChoices::option).toList())
        .orElse(List.of());
  }

  private static Option option(Controller c) {
    return new Option(c.id(), c.name() == null ? c.id() : c.id() + " (" + c.name() + ")");
  }
}
