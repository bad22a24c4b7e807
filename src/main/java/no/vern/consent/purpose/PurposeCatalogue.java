package no.vern.consent.purpose;

import java.time.Duration;
import no.vern.inventory.InventoryActivated;
import no.vern.inventory.ProcessingInventory;
import no.vern.shared.cache.Rechecked;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The consent purposes and activities of the active inventory, as decisions need them on every
 * call. Asking the inventory for its active version costs a query, so the answer is kept and
 * checked again at most once a second; an activation in this instance is seen at once (after its
 * commit), one in another instance within that second.
 */
@Component
public class PurposeCatalogue {

  private final Rechecked<Purposes> current;

  PurposeCatalogue(ProcessingInventory inventory) {
    this.current = new Rechecked<>(Duration.ofSeconds(1), () -> read(inventory));
  }

  /** Built again only when the active version's number changed. */
  private Purposes read(ProcessingInventory inventory) {
    var active = inventory.active();
    int number = active.map(no.vern.inventory.InventoryVersion::number).orElse(0);
    Purposes known = current == null ? null : current.known();
    if (known != null && known.inventoryVersion() == number) {
      return known;
    }
    return active.map(Purposes::of).orElse(Purposes.NONE);
  }

  public Purposes current() {
    return current.get();
  }

  // After commit but synchronous and unregistered: a cache of this instance, fresh for the next
  // call.
  @TransactionalEventListener(fallbackExecution = true)
  void activated(InventoryActivated activated) {
    invalidate();
  }

  /** The next {@link #current()} asks the inventory again. */
  public void invalidate() {
    current.invalidate();
  }
}
