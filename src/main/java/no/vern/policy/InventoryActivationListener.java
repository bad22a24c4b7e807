package no.vern.policy;

import no.vern.inventory.InventoryActivated;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the notice for every activated inventory, synchronously and inside the activating
 * transaction: the inventory and the notice that describes it change together or not at all. The
 * inventory service is looked up lazily so this module starts without it.
 */
@Component
class InventoryActivationListener {

  private final ObjectProvider<ProcessingInventory> inventory;
  private final PrivacyNotices notices;

  InventoryActivationListener(
      ObjectProvider<ProcessingInventory> inventory, PrivacyNotices notices) {
    this.inventory = inventory;
    this.notices = notices;
  }

  // In the activating transaction: the inventory and the notice that describes it commit together.
  @EventListener
  void on(InventoryActivated activated) {
    ProcessingInventory processing = inventory.getObject();
    InventoryVersion version =
        processing
            .version(activated.version())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Activated inventory version " + activated.version() + " is not stored"));
    notices.publish(version);
  }
}
