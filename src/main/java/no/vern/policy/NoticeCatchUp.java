package no.vern.policy;

import no.vern.inventory.ProcessingInventory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, publishes the notice for the active inventory if the latest notice was generated
 * from another version: an inventory activated before this module existed, or while it was
 * disabled, would otherwise have no notice until its next change. Publishing is idempotent by
 * content, so this never announces a change that is not there.
 */
@Component
class NoticeCatchUp {

  private final ObjectProvider<ProcessingInventory> inventory;
  private final PrivacyNotices notices;

  NoticeCatchUp(ObjectProvider<ProcessingInventory> inventory, PrivacyNotices notices) {
    this.inventory = inventory;
    this.notices = notices;
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    ProcessingInventory processing = inventory.getIfAvailable();
    if (processing == null) {
      return;
    }
    processing
        .active()
        .filter(
            active ->
                notices
                    .latest()
                    .map(latest -> latest.inventoryVersion() != active.number())
                    .orElse(true))
        .ifPresent(notices::publish);
  }
}
