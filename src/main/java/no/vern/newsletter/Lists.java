package no.vern.newsletter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.vern.inventory.Activity;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.Form;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.inventory.Text;
import org.springframework.stereotype.Component;

/**
 * The newsletter lists: one per consent purpose that a newsletter form of the active inventory
 * signs people up for (through the form's activity). The list id is the purpose code, its title the
 * purpose's; nothing else is declared, so a list cannot drift from the consent it rests on.
 */
@Component
class Lists {

  /** A list, the purpose's texts, and the activities whose records exist only for it. */
  record NewsletterList(String id, Text title, Text description, List<String> activities) {}

  private final ProcessingInventory inventory;

  Lists(ProcessingInventory inventory) {
    this.inventory = inventory;
  }

  Optional<NewsletterList> find(String id) {
    return all().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  List<NewsletterList> all() {
    Inventory active = inventory.active().map(InventoryVersion::inventory).orElse(Inventory.EMPTY);
    List<Form> forms = active.forms() == null ? List.of() : active.forms();
    List<Activity> activities = active.activities() == null ? List.of() : active.activities();
    List<ConsentPurpose> purposes =
        active.consentPurposes() == null ? List.of() : active.consentPurposes();
    return purposes.stream()
        .filter(p -> forms.stream().anyMatch(f -> signsUpFor(f, activities, p.code())))
        .map(
            p ->
                new NewsletterList(
                    p.code(),
                    p.title(),
                    p.description(),
                    activities.stream()
                        .filter(a -> p.code().equals(a.consentPurpose()))
                        .map(Activity::id)
                        .toList()))
        .toList();
  }

  private static boolean signsUpFor(Form form, List<Activity> activities, String purpose) {
    return form.kind() == Form.Kind.NEWSLETTER
        && activities.stream()
            .anyMatch(
                a -> a.id().equals(form.activity()) && Objects.equals(purpose, a.consentPurpose()));
  }
}
