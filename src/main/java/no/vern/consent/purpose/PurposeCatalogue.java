package no.vern.consent.purpose;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import no.vern.inventory.InventoryActivated;
import no.vern.inventory.ProcessingInventory;
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

  private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final ProcessingInventory inventory;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile Purposes current;
  private volatile long checkedAt;

  PurposeCatalogue(ProcessingInventory inventory) {
    this.inventory = inventory;
  }

  public Purposes current() {
    Purposes known = current;
    if (known != null && System.nanoTime() - checkedAt < RECHECK_NANOS) {
      return known;
    }
    // One caller refreshes; the others go on with what is known rather than queue behind it.
    if (known != null && !refreshing.tryLock()) {
      return known;
    }
    if (known == null) {
      refreshing.lock();
    }
    try {
      Optional<no.vern.inventory.InventoryVersion> active = inventory.active();
      int number = active.map(no.vern.inventory.InventoryVersion::number).orElse(0);
      if (current == null || current.inventoryVersion() != number) {
        current = active.map(Purposes::of).orElse(Purposes.NONE);
      }
      checkedAt = System.nanoTime();
      return current;
    } finally {
      refreshing.unlock();
    }
  }

  // After commit but synchronous and unregistered: a cache of this instance, fresh for the next
  // call.
  @TransactionalEventListener(fallbackExecution = true)
  void activated(InventoryActivated activated) {
    invalidate();
  }

  /** The next {@link #current()} asks the inventory again. */
  public void invalidate() {
    checkedAt = System.nanoTime() - RECHECK_NANOS;
  }
}
