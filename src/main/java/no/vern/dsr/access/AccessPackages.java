package no.vern.dsr.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.vern.consent.ConsentEntry;
import no.vern.consent.ConsentLedger;
import no.vern.consent.ConsentReceipt;
import no.vern.consent.ConsentReceipts;
import no.vern.cookie.CookieChoicesOfPerson;
import no.vern.disclosure.DisclosuresForPerson;
import no.vern.dsr.DsrAnswerSettings;
import no.vern.dsr.access.AccessPackage.ActivityPart;
import no.vern.dsr.access.AccessPackage.ConsentItem;
import no.vern.dsr.access.AccessPackage.IdentifierItem;
import no.vern.dsr.access.AccessPackage.RecordItem;
import no.vern.dsr.access.AccessPackage.Review;
import no.vern.inventory.Activity;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.policy.PrivacyNotices;
import no.vern.shared.VernSettings;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.StoredRecord;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.subject.WhoLooked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Builds a person's access package. Every read goes through the owning module's API, which puts it
 * on the audit trail under the actor given ({@code system:dsr-download} for a mailed link, {@code
 * system:self-service} for the person's own page) before any value is decrypted.
 */
@Service
public class AccessPackages {

  private static final int READ_LOG_LIMIT = 500;

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;
  private final ConsentLedger ledger;
  private final ConsentReceipts receipts;
  private final ProcessingInventory inventory;
  private final PrivacyNotices notices;
  private final MessageSource messages;
  private final RightsInformation rights;
  private final RecordReleases releases;
  private final WhoLooked whoLooked;
  private final DsrAnswerSettings settings;
  private final Clock clock;
  private final String baseUrl;
  private final DisclosuresForPerson recipients;
  private final CookieChoicesOfPerson cookieChoices;

  AccessPackages(
      SubjectRegistry registry,
      PersonalDataRecords records,
      ConsentLedger ledger,
      ConsentReceipts receipts,
      ProcessingInventory inventory,
      PrivacyNotices notices,
      MessageSource messages,
      RightsInformation rights,
      RecordReleases releases,
      WhoLooked whoLooked,
      DsrAnswerSettings settings,
      Clock clock,
      VernSettings vern,
      DisclosuresForPerson recipients,
      CookieChoicesOfPerson cookieChoices) {
    this.recipients = recipients;
    this.cookieChoices = cookieChoices;
    this.registry = registry;
    this.records = records;
    this.ledger = ledger;
    this.receipts = receipts;
    this.inventory = inventory;
    this.notices = notices;
    this.messages = messages;
    this.rights = rights;
    this.releases = releases;
    this.whoLooked = whoLooked;
    this.settings = settings;
    this.clock = clock;
    this.baseUrl = vern.baseUrl();
  }

  /** The package in {@code language} ({@code nb} or {@code en}), read as {@code actor}. */
  public AccessPackage of(SubjectId subject, String language, String actor) {
    Inventory active = inventory.active().map(InventoryVersion::inventory).orElse(Inventory.EMPTY);
    Locale locale = Locale.forLanguageTag(language);
    var info =
        new ActivityInformation(
            active, language, key -> messages.getMessage(key, null, key, locale));
    List<IdentifierItem> identifiers =
        registry.identifiersOf(subject, actor).stream()
            .map(i -> new IdentifierItem(i.type().code(), i.value()))
            .toList();
    Map<String, List<RecordItem>> byActivity = new LinkedHashMap<>();
    List<UUID> withheld = new ArrayList<>();
    List<StoredRecord> stored = records.ofSubject(subject, actor);
    Set<UUID> released = releases.released(stored.stream().map(r -> r.id().value()).toList());
    for (StoredRecord r : stored) {
      List<String> others = OtherPeople.mentionedIn(r.data(), r.source());
      boolean hold = !others.isEmpty() && !released.contains(r.id().value());
      if (hold) {
        withheld.add(r.id().value());
      }
      byActivity
          .computeIfAbsent(r.activity(), a -> new ArrayList<>())
          .add(
              new RecordItem(
                  r.id().value(),
                  r.collectedAt(),
                  r.source(),
                  hold,
                  others,
                  hold ? null : r.data()));
    }
    List<ActivityPart> activities = new ArrayList<>();
    byActivity.forEach(
        (id, items) ->
            activities.add(
                active.activities().stream()
                    .filter(a -> a.id().equals(id))
                    .findFirst()
                    .map((Activity a) -> info.of(a, items))
                    .orElseGet(() -> ActivityInformation.unknown(id, items))));
    var org = active.organisation();
    return new AccessPackage(
        AccessPackage.FORMAT,
        clock.instant(),
        language,
        subject.value(),
        identifiers,
        new AccessPackage.Organisation(
            org == null ? null : org.name(),
            org == null || org.privacyContact() == null ? null : org.privacyContact().email(),
            org == null || org.dataProtectionOfficer() == null
                ? null
                : org.dataProtectionOfficer().email()),
        notices
            .latest()
            .map(
                n ->
                    new AccessPackage.Notice(
                        n.version(), n.publishedAt(), baseUrl + "/privacy?lang=" + language))
            .orElse(null),
        activities,
        ledger.history(subject, actor).stream().map(this::consent).toList(),
        rights.in(active, language, locale),
        new Review(!withheld.isEmpty(), withheld),
        settings.includeReadLog() ? reads(subject, actor, locale) : null,
        recipients.of(subject, language, actor).stream()
            .map(
                d ->
                    new AccessPackage.DisclosureItem(
                        d.recipient(),
                        d.role(),
                        d.country(),
                        d.transfer(),
                        d.activities(),
                        d.dataCategories(),
                        d.disclosedAt()))
            .toList(),
        cookieChoices.of(subject, actor).stream()
            .map(
                c ->
                    new AccessPackage.CookieChoiceItem(
                        c.consentId(),
                        c.recordedAt(),
                        c.method(),
                        c.accepted(),
                        c.refused(),
                        c.gpcApplied(),
                        c.pageUrl()))
            .toList());
  }

  /** Who has looked at the person, after this package's own reads (which are on it already). */
  private List<AccessPackage.ReadItem> reads(SubjectId subject, String actor, Locale locale) {
    SubjectId live = registry.current(subject).orElse(subject);
    return whoLooked.of(live, actor, null, READ_LOG_LIMIT).stream()
        .map(
            l ->
                new AccessPackage.ReadItem(
                    l.at(),
                    l.actorType(),
                    l.action(),
                    messages.getMessage("audit.action." + l.action(), null, l.action(), locale),
                    staff(l, locale)))
        .toList();
  }

  /** Roles in words, the name first only when the organisation has chosen to name its staff. */
  private @Nullable String staff(WhoLooked.Look look, Locale locale) {
    if (look.roles().isEmpty() && look.name() == null) {
      return null;
    }
    String roles =
        look.roles().stream()
            .sorted()
            .map(r -> messages.getMessage("dsr.answer.role." + r.name(), null, r.name(), locale))
            .collect(java.util.stream.Collectors.joining(", "));
    if (!settings.readLogNames() || look.name() == null) {
      return roles.isEmpty() ? null : roles;
    }
    return roles.isEmpty() ? look.name() : look.name() + " (" + roles + ")";
  }

  private ConsentItem consent(ConsentEntry e) {
    return new ConsentItem(
        e.event().value(),
        e.purpose(),
        e.status().name().toLowerCase(Locale.ROOT),
        e.at(),
        e.noticeVersion(),
        e.channel(),
        e.method(),
        e.receipt() ? receipts.receiptFor(e.event()).map(ConsentReceipt::jws).orElse(null) : null);
  }
}
