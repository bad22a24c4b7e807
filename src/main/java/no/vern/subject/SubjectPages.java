package no.vern.subject;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.shared.VernSettings;
import no.vern.subject.SubjectPage.IdentifierRow;
import org.springframework.stereotype.Component;

/**
 * Gathers the admin page of one subject. Opening it is a read of personal data, recorded as {@code
 * SUBJECT_VIEWED} with the viewer and the subject id before anything is decrypted; reading the
 * identifiers and records adds their own entries.
 */
@Component
class SubjectPages {

  /** With no inventory in force every record shows as outside it. */
  private static final Inventory NONE = Inventory.EMPTY;

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;
  private final ProcessingInventory inventory;
  private final AuditTrail audit;
  private final java.time.ZoneId zone;

  SubjectPages(
      SubjectRegistry registry,
      PersonalDataRecords records,
      ProcessingInventory inventory,
      AuditTrail audit,
      VernSettings settings) {
    this.zone = settings.timeZone();
    this.registry = registry;
    this.records = records;
    this.inventory = inventory;
    this.audit = audit;
  }

  /** The page of a current subject, one that was not merged into another. */
  SubjectPage open(SubjectId subject, String viewer, Locale locale) {
    audit.recordDurably(
        AuditActor.of(viewer)
            .did(
                SubjectAuditAction.SUBJECT_VIEWED, "subject", subject.toString(), Outcome.SUCCESS));
    List<IdentifierRow> identifiers =
        registry.identifiersOf(subject, viewer).stream()
            .map(i -> new IdentifierRow(i.type().code(), i.value()))
            .toList();
    Inventory active = inventory.active().map(InventoryVersion::inventory).orElse(NONE);
    var groups =
        new ActivityGroups(active, locale, zone)
            .of(records.ofSubject(subject, viewer), records.flagsOf(subject));
    List<UUID> suggestions =
        registry.mergeSuggestions(subject).stream().map(SubjectId::value).toList();
    return new SubjectPage(subject.value(), identifiers, groups, suggestions);
  }

  /** One person found by name: the activities named in the admin's language, never an id. */
  record NameMatchRow(UUID subject, String activities, long records, String lastCollected) {}

  /** The people a name search found, to choose from; nothing decrypted, nothing more read. */
  List<NameMatchRow> nameMatches(List<NameMatches.Match> matches, Locale locale) {
    Inventory active = inventory.active().map(InventoryVersion::inventory).orElse(NONE);
    String language = locale.getLanguage();
    var shown = no.vern.shared.time.ShownTimes.minutes(zone);
    return matches.stream()
        .map(
            m ->
                new NameMatchRow(
                    m.subject(),
                    String.join(
                        ", ",
                        m.activities().stream()
                            .map(a -> activityName(active, a, language))
                            .toList()),
                    m.records(),
                    shown.format(m.lastCollected())))
        .toList();
  }

  private static String activityName(Inventory inventory, String id, String language) {
    return inventory.activities().stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .map(a -> a.name() == null ? null : a.name().in(language))
        .orElse(id);
  }
}
