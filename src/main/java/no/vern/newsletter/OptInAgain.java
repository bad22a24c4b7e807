package no.vern.newsletter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  private final ConfirmationRequests requests;
  private final Lists lists;
  private final Addresses addresses;
  private final ProcessingInventory inventory;

  OptInAgain(
      ConfirmationRequests requests,
      Lists lists,
      Addresses addresses,
      ProcessingInventory inventory) {
    this.requests = requests;
    this.lists = lists;
    this.addresses = addresses;
    this.inventory = inventory;
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
    requests.start(subject, list.get(), null, form.get(), language, to.get());
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
