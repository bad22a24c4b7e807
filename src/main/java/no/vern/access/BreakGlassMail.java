package no.vern.access;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.mail.Language;
import no.vern.mail.MailTemplates;
import no.vern.mail.Outbox;
import no.vern.mail.OutgoingMail;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.Parsed;
import org.springframework.stereotype.Component;

/**
 * Flags a break-glass opening to the DPO through the mail outbox, in the opening's transaction: the
 * address set in {@code vern.access.scopes.dpo-email} (by default {@code VERN_BREACH_DPO_EMAIL},
 * the breach module's), else the DPO contact of the inventory in force. The mail names no person
 * and no user: it sends the DPO to the grants page, where the opening is listed.
 */
@Component
class BreakGlassMail {

  static final String KIND = "access.break-glass";
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(ZoneId.of("Europe/Oslo"));

  private final Outbox outbox;
  private final MailTemplates templates;
  private final ProcessingInventory inventory;
  private final ScopeSettings settings;

  BreakGlassMail(
      Outbox outbox,
      MailTemplates templates,
      ProcessingInventory inventory,
      ScopeSettings settings) {
    this.outbox = outbox;
    this.templates = templates;
    this.inventory = inventory;
    this.settings = settings;
  }

  /** Queues the flag; false when there is no DPO address or no mail set up. */
  boolean flag(Instant endsAt) {
    Optional<EmailAddress> to = address();
    if (to.isEmpty() || !outbox.configured()) {
      return false;
    }
    outbox.enqueue(
        OutgoingMail.of(
            KIND,
            to.get(),
            Language.NB,
            templates.render(KIND, Language.NB, Map.of("ends", SHOWN.format(endsAt)))));
    return true;
  }

  Optional<EmailAddress> address() {
    String configured = settings.dpoEmail().strip();
    String address =
        !configured.isEmpty()
            ? configured
            : inventory
                .active()
                .map(InventoryVersion::inventory)
                .map(
                    i -> i.organisation() == null ? null : i.organisation().dataProtectionOfficer())
                .map(c -> c.email())
                .orElse(null);
    if (address != null && EmailAddress.parse(address) instanceof Parsed.Valid<EmailAddress> v) {
      return Optional.of(v.value());
    }
    return Optional.empty();
  }
}
