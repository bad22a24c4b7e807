package no.vern.subject;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.vern.inventory.Activity;
import no.vern.inventory.Inventory;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.LegalGround;
import no.vern.inventory.RetentionRule;
import no.vern.inventory.Text;
import no.vern.shared.time.Deadlines;
import no.vern.shared.time.ShownTimes;
import no.vern.subject.SubjectPage.ActivityGroup;
import no.vern.subject.SubjectPage.DataItem;
import no.vern.subject.SubjectPage.RecordRow;
import no.vern.subject.domain.RetentionDue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Groups a subject's records by processing activity, each with the purpose, legal bases and
 * retention the active inventory gives it. Dates due are counted in Norway, as deadlines are; times
 * are shown in the installation's zone.
 */
final class ActivityGroups {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Inventory inventory;
  private final String language;
  private final RetentionColumns retention;

  /** Times shown in {@code zone} (VERN_TIME_ZONE) with its name; dates due count in Norway. */
  private final DateTimeFormatter time;

  ActivityGroups(Inventory inventory, Locale locale, java.time.ZoneId zone) {
    this.time = ShownTimes.minutes(zone);
    this.inventory = inventory;
    this.language = locale.getLanguage();
    this.retention = new RetentionColumns(language, inventory);
  }

  List<ActivityGroup> of(List<StoredRecord> records, List<ActivityFlags> flags) {
    Map<String, List<StoredRecord>> byActivity = new LinkedHashMap<>();
    records.forEach(r -> byActivity.computeIfAbsent(r.activity(), a -> new ArrayList<>()).add(r));
    return byActivity.entrySet().stream()
        .map(e -> group(e.getKey(), e.getValue(), flag(flags, e.getKey())))
        .toList();
  }

  private ActivityGroup group(String id, List<StoredRecord> records, ActivityFlags flags) {
    Optional<Activity> activity =
        inventory.activities().stream().filter(a -> a.id().equals(id)).findFirst();
    RetentionRule rule = activity.map(Activity::retention).orElse(null);
    return new ActivityGroup(
        id,
        activity.isPresent(),
        activity.map(a -> text(a.name())).orElse(id),
        activity.map(a -> text(a.purpose())).orElse(""),
        activity.map(ActivityGroups::legalBases).orElse(List.of()),
        activity.isPresent() ? retention.rule(rule) : "",
        flags.restricted(),
        flags.objection() == null ? null : flags.objection().key(),
        records.stream().map(r -> row(r, rule)).toList());
  }

  private RecordRow row(StoredRecord r, RetentionRule rule) {
    RetentionDue due =
        RetentionDue.of(
            rule == null ? null : rule.trigger(),
            rule == null ? null : rule.period(),
            new RetentionDue.TriggerDates(
                r.collectedAt(), lastContact(r), r.relationshipEndedAt(), r.caseClosedAt()),
            Deadlines.NORWAY);
    return new RecordRow(
        r.id().value(),
        r.source(),
        time(r.collectedAt()),
        retention.due(rule, due),
        r.screeningCategories(),
        r.reviewState(),
        r.informBy(),
        time(r.informedAt()),
        r.data().entrySet().stream()
            .map(e -> new DataItem(e.getKey(), value(e.getValue())))
            .toList());
  }

  /**
   * Data the person gave us (no Art. 14 date) was a contact with them, so until a later contact is
   * recorded the collection is the last one. Data from elsewhere was no contact at all.
   */
  private static Instant lastContact(StoredRecord r) {
    if (r.lastContactAt() != null || r.informBy() != null) {
      return r.lastContactAt();
    }
    return r.collectedAt();
  }

  private static List<String> legalBases(Activity activity) {
    return activity.legalBases().stream()
        .map(LegalGround::basis)
        .filter(Objects::nonNull)
        .map(LegalBasis::code)
        .toList();
  }

  private static ActivityFlags flag(List<ActivityFlags> flags, String activity) {
    return flags.stream()
        .filter(f -> f.activity().equals(activity))
        .findFirst()
        .orElse(new ActivityFlags(activity, false, null));
  }

  private String text(Text text) {
    return text == null || text.in(language) == null ? "" : text.in(language);
  }

  private String time(Instant at) {
    return at == null ? "" : time.format(at);
  }

  private static String value(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof String text ? text : JSON.writeValueAsString(value);
  }
}
