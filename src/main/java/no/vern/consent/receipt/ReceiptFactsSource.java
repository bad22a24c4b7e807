package no.vern.consent.receipt;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.vern.consent.domain.ReceiptFacts;
import no.vern.consent.ledger.ConsentEvents;
import no.vern.consent.purpose.NoticeTexts;
import no.vern.consent.purpose.PurposeCatalogue;
import no.vern.inventory.Activity;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.Controller;
import no.vern.inventory.Inventory;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.Recipient;
import no.vern.shared.VernSettings;
import org.springframework.stereotype.Component;

/**
 * Gathers a receipt's facts from the inventory behind the notice the person was shown, so the
 * receipt describes what they agreed to, not what the inventory says today.
 */
@Component
class ReceiptFactsSource {

  private final NoticeTexts notices;
  private final PurposeCatalogue catalogue;
  private final String baseUrl;

  ReceiptFactsSource(NoticeTexts notices, PurposeCatalogue catalogue, VernSettings vern) {
    this.notices = notices;
    this.catalogue = catalogue;
    this.baseUrl = vern.baseUrl();
  }

  ReceiptFacts of(ConsentEvents.Row e, Instant expiresAt) {
    // A purpose added after the notice the caller names (with its own text) is described as the
    // active inventory has it.
    Inventory inventory =
        notices
            .inventoryOf(e.noticeVersion())
            .filter(i -> purposeIn(i, e.purpose()) != null)
            .orElse(catalogue.current().inventory());
    ConsentPurpose purpose = purposeIn(inventory, e.purpose());
    if (purpose == null) {
      throw new IllegalStateException("Consent purpose of event " + e.id() + " is unknown");
    }
    List<Activity> activities =
        inventory.activities().stream()
            .filter(a -> e.purpose().equals(a.consentPurpose()))
            .toList();
    String lang = e.language();
    return new ReceiptFacts(
        e.id(),
        e.subject(),
        e.status(),
        e.at(),
        lang,
        purpose.code(),
        purpose.title().in(lang),
        purpose.description().in(lang),
        activities.stream().anyMatch(a -> a.restsOn(LegalBasis.A9_2_A))
            ? LegalBasis.A9_2_A.code()
            : LegalBasis.A6_1_A.code(),
        activities.stream().map(Activity::id).toList(),
        e.noticeVersion(),
        baseUrl + "/privacy/versions/" + e.noticeVersion(),
        e.textSha256(),
        e.method(),
        e.channel(),
        controllers(inventory, activities),
        categories(inventory, activities, lang),
        recipients(inventory, activities, lang),
        // The maximum age is not in the notice: the one in force when the event was recorded.
        catalogue.current().maxAge(e.purpose()).orElse(purpose.maxAge()),
        expiresAt,
        baseUrl + "/privacy");
  }

  private static ConsentPurpose purposeIn(Inventory inventory, String code) {
    if (inventory == null) {
      return null;
    }
    return inventory.consentPurposes().stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElse(null);
  }

  private static List<ReceiptFacts.Party> controllers(Inventory inventory, List<Activity> used) {
    Set<String> ids = new LinkedHashSet<>();
    used.forEach(a -> ids.add(a.controller()));
    List<Controller> named =
        inventory.controllers().stream().filter(c -> ids.contains(c.id())).toList();
    List<Controller> chosen = named.isEmpty() ? inventory.controllers() : named;
    return chosen.stream()
        .map(
            c ->
                new ReceiptFacts.Party(
                    c.id(),
                    c.name(),
                    c.organisationNumber(),
                    c.country(),
                    c.address(),
                    c.email(),
                    c.phone()))
        .toList();
  }

  private static List<ReceiptFacts.Category> categories(
      Inventory inventory, List<Activity> used, String lang) {
    Set<String> ids = new LinkedHashSet<>();
    used.forEach(a -> ids.addAll(a.dataCategories()));
    return inventory.dataCategories().stream()
        .filter(c -> ids.contains(c.id()))
        .map(
            c ->
                new ReceiptFacts.Category(
                    c.id(), c.name().in(lang), c.special() == null ? null : c.special().code()))
        .toList();
  }

  private static List<String> recipients(Inventory inventory, List<Activity> used, String lang) {
    Set<String> ids = new LinkedHashSet<>();
    used.forEach(a -> ids.addAll(a.recipients()));
    return inventory.recipients().stream()
        .filter(r -> ids.contains(r.id()))
        .map(Recipient::name)
        .filter(Objects::nonNull)
        .map(name -> name.in(lang))
        .toList();
  }
}
