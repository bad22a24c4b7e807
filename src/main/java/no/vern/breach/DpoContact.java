package no.vern.breach;

import java.util.Optional;
import no.vern.inventory.Contact;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.Parsed;
import org.springframework.stereotype.Component;

/**
 * The data protection officer: the address set in {@code VERN_BREACH_DPO_EMAIL}, else the DPO's
 * contact in the inventory in force (Art. 37(7) makes the organisation publish it anyway).
 */
@Component
class DpoContact {

  private final BreachSettings settings;
  private final ProcessingInventory inventory;

  DpoContact(BreachSettings settings, ProcessingInventory inventory) {
    this.settings = settings;
    this.inventory = inventory;
  }

  Optional<EmailAddress> address() {
    String configured = settings.dpoEmail().strip();
    String address =
        !configured.isEmpty()
            ? configured
            : contact().map(Contact::email).filter(e -> e != null && !e.isBlank()).orElse(null);
    if (address != null && EmailAddress.parse(address) instanceof Parsed.Valid<EmailAddress> v) {
      return Optional.of(v.value());
    }
    return Optional.empty();
  }

  /** The inventory's DPO contact, for the notices to the people affected. */
  Optional<Contact> contact() {
    return inventory
        .active()
        .map(InventoryVersion::inventory)
        .map(i -> i.organisation() == null ? null : i.organisation().dataProtectionOfficer());
  }
}
