package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.util.List;
import no.vern.inventory.Activity;
import no.vern.inventory.Inventory;

/**
 * Every reference must name an entry of the inventory; a misspelled one would otherwise drop a
 * recipient from the notice or leave a retention clock that never starts.
 */
final class References {

  private References() {}

  static void check(Inventory inventory, Problems problems) {
    KnownIds controllers = KnownIds.of("a controller", inventory.controllers());
    KnownIds purposes = KnownIds.of("a consent purpose", inventory.consentPurposes());
    KnownIds data = KnownIds.of("a data category", inventory.dataCategories());
    KnownIds subjects = KnownIds.of("a subject category", inventory.subjectCategories());
    KnownIds triggers = KnownIds.of("a retention trigger", inventory.retentionTriggers());
    KnownIds recipients = KnownIds.of("a recipient", inventory.recipients());
    KnownIds measures = KnownIds.of("a security measure", inventory.securityMeasures());
    for (int i = 0; i < inventory.activities().size(); i++) {
      Activity activity = inventory.activities().get(i);
      String path = at("activities", i);
      controllers.check(activity.controller(), path + ".controller", problems);
      purposes.check(activity.consentPurpose(), path + ".consentPurpose", problems);
      each(activity.dataCategories(), data, path + ".dataCategories", problems);
      each(activity.subjectCategories(), subjects, path + ".subjectCategories", problems);
      for (int j = 0; j < activity.legalBases().size(); j++) {
        String ground = at(path + ".legalBases", j) + ".subjectCategories";
        List<String> groups = activity.legalBases().get(j).subjectCategories();
        for (int k = 0; k < groups.size(); k++) {
          if (!activity.subjectCategories().contains(groups.get(k))) {
            subjects.check(groups.get(k), at(ground, k), problems);
            if (subjects.ids().contains(groups.get(k))) {
              problems.error(
                  at(ground, k),
                  "unknown-reference",
                  "'" + groups.get(k) + "' is not one of the activity's subject categories.");
            }
          }
        }
      }
      each(activity.recipients(), recipients, path + ".recipients", problems);
      if (activity.retention() != null) {
        triggers.check(activity.retention().trigger(), path + ".retention.trigger", problems);
      }
      each(activity.securityMeasures(), measures, path + ".securityMeasures", problems);
    }
    KnownIds activities = KnownIds.of("an activity", inventory.activities());
    for (int i = 0; i < inventory.forms().size(); i++) {
      activities.check(inventory.forms().get(i).activity(), at("forms", i) + ".activity", problems);
    }
    for (int i = 0; i < inventory.audiences().size(); i++) {
      each(
          inventory.audiences().get(i).subjectCategories(),
          subjects,
          at("audiences", i) + ".subjectCategories",
          problems);
    }
    for (int i = 0; i < inventory.cookies().size(); i++) {
      purposes.check(
          inventory.cookies().get(i).consentPurpose(),
          at("cookies", i) + ".consentPurpose",
          problems);
    }
  }

  private static void each(List<String> references, KnownIds known, String list, Problems out) {
    for (int j = 0; j < references.size(); j++) {
      known.check(references.get(j), at(list, j), out);
    }
  }
}
