package no.vern.disclosure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.inventory.Recipient;
import no.vern.inventory.Text;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The person's answer from the register: confidential rows are dropped here, before anything is
 * named, so no later step can show them. Names come from the inventory in force; a recipient it
 * does not name (the host a person sent their portable data to) is shown as recorded.
 */
@Service
class JdbcDisclosuresForPerson implements DisclosuresForPerson {

  private final DisclosureRows rows;
  private final ProcessingInventory inventory;
  private final MessageSource messages;
  private final AuditTrail audit;

  JdbcDisclosuresForPerson(
      DisclosureRows rows,
      ProcessingInventory inventory,
      MessageSource messages,
      AuditTrail audit) {
    this.rows = rows;
    this.inventory = inventory;
    this.messages = messages;
    this.audit = audit;
  }

  @Override
  public List<Told> of(SubjectId subject, String language, String actor) {
    audit.record(
        AuditActor.of(actor)
            .did(
                DisclosureAuditAction.DISCLOSURES_READ,
                "subject",
                subject.toString(),
                AuditRecord.Outcome.SUCCESS));
    Inventory active = inventory.active().map(InventoryVersion::inventory).orElse(Inventory.EMPTY);
    Locale locale = Locale.forLanguageTag(language);
    Function<String, String> words = key -> messages.getMessage(key, null, key, locale);
    return rows.of(subject).stream()
        .filter(r -> !r.confidential())
        .map(r -> told(r, active, language, words))
        .toList();
  }

  private static Told told(
      DisclosureRow r, Inventory active, String language, Function<String, String> words) {
    Recipient recipient =
        active.recipients().stream()
            .filter(x -> x.id().equals(r.recipient()))
            .findFirst()
            .orElse(null);
    String role = r.recipientRole() == null ? "other" : r.recipientRole();
    String transfer = r.transferMechanism();
    if (recipient != null && recipient.certifiedUnderDpf()) {
      transfer = "dpf";
    }
    return new Told(
        recipient == null ? r.recipient() : name(recipient.name(), language, r.recipient()),
        words.apply("disclosure.role." + role),
        recipient == null ? null : recipient.country(),
        transfer == null ? null : words.apply("policy.transfer." + transfer),
        r.activities().stream()
            .map(
                id ->
                    active.activities().stream()
                        .filter(a -> a.id().equals(id))
                        .findFirst()
                        .map(a -> name(a.name(), language, id))
                        .orElse(id))
            .toList(),
        r.dataCategories().stream()
            .map(
                id ->
                    active.dataCategories().stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .map(c -> name(c.name(), language, id))
                        .orElse(id))
            .toList(),
        r.disclosedAt());
  }

  private static String name(@Nullable Text text, String language, String fallback) {
    return text == null ? fallback : Objects.requireNonNullElse(text.in(language), fallback);
  }
}
