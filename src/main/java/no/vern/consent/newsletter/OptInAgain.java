package no.vern.consent.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.inventory.Activity;
import no.vern.inventory.Form;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.mail.Language;
import no.vern.shared.identifier.EmailAddress;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Component;

/**
 * Joining a list again from the preference page: a new double opt-in request and confirmation mail,
 * exactly as a form sign-up makes them but without a new record (the person's data is still held or
 * was erased with the unsubscribe). The address may be suppressed; only the person's confirmation
 * from their mailbox clears that. Without any address left there is nobody to mail: the person has
 * to sign up on the form again.
 */
@Component
class OptInAgain {

  private static final AuditActor SYSTEM = AuditActor.system("newsletter");

  private final Confirmations confirmations;
  private final Lists lists;
  private final Addresses addresses;
  private final NewsletterMails mails;
  private final NewsletterSettings settings;
  private final ProcessingInventory inventory;
  private final AuditTrail audit;
  private final Clock clock;

  OptInAgain(
      Confirmations confirmations,
      Lists lists,
      Addresses addresses,
      NewsletterMails mails,
      NewsletterSettings settings,
      ProcessingInventory inventory,
      AuditTrail audit,
      Clock clock) {
    this.confirmations = confirmations;
    this.lists = lists;
    this.addresses = addresses;
    this.mails = mails;
    this.settings = settings;
    this.inventory = inventory;
    this.audit = audit;
    this.clock = clock;
  }

  /** Queues a confirmation mail; false when the list, its form or every address is gone. */
  boolean start(SubjectId subject, String listId, String lang) {
    var list = lists.find(listId);
    Optional<String> form = list.isEmpty() ? Optional.empty() : formOf(listId);
    Optional<EmailAddress> to = addresses.first(subject);
    if (form.isEmpty() || to.isEmpty()) {
      return false;
    }
    Language language = Language.of(lang).orElse(Language.NB);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String token =
        confirmations.create(
            subject,
            listId,
            null,
            form.get(),
            language.tag(),
            now,
            now.plus(settings.confirmationTtl()));
    String title = list.get().title().in(language.tag());
    mails.send(
        "consent.newsletter-confirm",
        to.get(),
        language,
        mails.render(
            "consent.newsletter-confirm",
            language,
            Map.of(
                "list",
                title,
                "link",
                mails.confirmationUrl(token),
                "hours",
                settings.confirmationTtl().toHours()),
            title),
        List.of());
    audit.record(
        SYSTEM.did(
            AuditAction.NEWSLETTER_CONFIRMATION_REQUESTED,
            "subject",
            subject.toString(),
            Outcome.SUCCESS));
    return true;
  }

  /** The first newsletter form of the active inventory that signs people up for the list. */
  private Optional<String> formOf(String listId) {
    Inventory active = inventory.active().map(InventoryVersion::inventory).orElse(Inventory.EMPTY);
    List<Form> forms = active.forms() == null ? List.of() : active.forms();
    List<Activity> activities = active.activities() == null ? List.of() : active.activities();
    return forms.stream()
        .filter(f -> f.kind() == Form.Kind.NEWSLETTER)
        .filter(
            f ->
                activities.stream()
                    .anyMatch(
                        a ->
                            a.id().equals(f.activity())
                                && Objects.equals(listId, a.consentPurpose())))
        .map(Form::id)
        .findFirst();
  }
}
