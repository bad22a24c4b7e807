package no.vern.inventory;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import no.vern.inventory.domain.Countries;
import no.vern.shared.retention.RetentionWording;

/**
 * Resolves an activity's references into the inventory's entries, for the exports and the admin
 * page. Unknown ids are skipped: an accepted inventory has none.
 */
record InventoryLookup(Inventory inventory) {

  Controller controller(Activity activity) {
    return inventory.controllers().stream()
        .filter(c -> c.id().equals(activity.controller()))
        .findFirst()
        .orElse(null);
  }

  List<DataCategory> dataCategories(Activity activity) {
    return pick(activity.dataCategories(), inventory.dataCategories(), DataCategory::id);
  }

  List<SubjectCategory> subjectCategories(Activity activity) {
    return pick(activity.subjectCategories(), inventory.subjectCategories(), SubjectCategory::id);
  }

  List<Recipient> recipients(Activity activity) {
    return pick(activity.recipients(), inventory.recipients(), Recipient::id);
  }

  List<SecurityMeasure> securityMeasures(Activity activity) {
    return pick(activity.securityMeasures(), inventory.securityMeasures(), SecurityMeasure::id);
  }

  /** Recipients outside the EEA: the transfers of Chapter V. */
  List<Recipient> transfers(Activity activity) {
    return recipients(activity).stream()
        .filter(r -> r.country() != null && !Countries.inEea(r.country()))
        .toList();
  }

  RetentionTrigger trigger(Activity activity) {
    if (activity.retention() == null) {
      return null;
    }
    return inventory.retentionTriggers().stream()
        .filter(t -> t.id().equals(activity.retention().trigger()))
        .findFirst()
        .orElse(null);
  }

  /**
   * The activity's rule in the staff's words ("3 years after case closed, then anonymise"); in
   * Bokmål the trigger is named by its description when it has one. Empty without a rule.
   */
  String retentionWords(Activity activity, String language) {
    RetentionRule rule = activity.retention();
    if (rule == null) {
      return "";
    }
    RetentionTrigger trigger = trigger(activity);
    Text description = trigger == null ? null : trigger.description();
    var when =
        "nb".equals(language) && description != null && description.nb() != null
            ? RetentionWording.Trigger.described(description.nb())
            : RetentionWording.Trigger.code(rule.trigger());
    String action = rule.action() == null ? null : rule.action().code();
    return RetentionWording.in(language).rule(rule.period(), action, when);
  }

  private static <T> List<T> pick(List<String> ids, List<T> all, Function<T, String> id) {
    return ids.stream()
        .map(wanted -> all.stream().filter(e -> wanted.equals(id.apply(e))).findFirst())
        .flatMap(java.util.Optional::stream)
        .filter(Objects::nonNull)
        .toList();
  }
}
