package no.vern.intake.forms;

import java.util.Optional;
import no.vern.inventory.Activity;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.Form;
import no.vern.inventory.Inventory;
import no.vern.inventory.ProcessingInventory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The forms of the inventory in force. Asked on every request, so a form added, changed or removed
 * in a new inventory version is live at once on every instance.
 */
@Component
class PublishedForms {

  /**
   * A form with the activity it collects for (an accepted inventory always has both) and, for a
   * consent-based activity, the consent purpose the person is asked for.
   */
  record Published(Form form, Activity activity, @Nullable ConsentPurpose consent) {}

  private final ProcessingInventory inventory;

  PublishedForms(ProcessingInventory inventory) {
    this.inventory = inventory;
  }

  Optional<Published> find(String id) {
    return inventory.active().flatMap(version -> find(version.inventory(), id));
  }

  private static Optional<Published> find(Inventory inventory, String id) {
    return inventory.forms().stream()
        .filter(form -> form.id().equals(id))
        .findFirst()
        .flatMap(
            form ->
                inventory.activities().stream()
                    .filter(a -> a.id().equals(form.activity()))
                    .findFirst()
                    .map(activity -> new Published(form, activity, consent(inventory, activity))));
  }

  private static @Nullable ConsentPurpose consent(Inventory inventory, Activity activity) {
    return inventory.consentPurposes().stream()
        .filter(p -> p.code().equals(activity.consentPurpose()))
        .findFirst()
        .orElse(null);
  }
}
