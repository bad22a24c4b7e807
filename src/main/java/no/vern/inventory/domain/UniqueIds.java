package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vern.inventory.Cookie;
import no.vern.inventory.Inventory;

/**
 * Ids must be unique within their list: a reference to a duplicated id would silently pick one of
 * them. Cookies are unique by name and provider, the way a browser tells them apart.
 */
final class UniqueIds {

  private UniqueIds() {}

  static void check(Inventory inventory, Problems problems) {
    unique(inventory.controllers(), "controllers", problems);
    unique(inventory.consentPurposes(), "consentPurposes", problems);
    unique(inventory.dataCategories(), "dataCategories", problems);
    unique(inventory.subjectCategories(), "subjectCategories", problems);
    unique(inventory.retentionTriggers(), "retentionTriggers", problems);
    unique(inventory.recipients(), "recipients", problems);
    unique(inventory.securityMeasures(), "securityMeasures", problems);
    unique(inventory.activities(), "activities", problems);
    unique(inventory.forms(), "forms", problems);
    unique(inventory.audiences(), "audiences", problems);
    unique(inventory.systems(), "systems", problems);
    Map<String, Integer> cookies = new HashMap<>();
    for (int i = 0; i < inventory.cookies().size(); i++) {
      Cookie cookie = inventory.cookies().get(i);
      if (cookie.name() == null) {
        continue;
      }
      Integer first = cookies.putIfAbsent(cookie.name() + "\u0000" + cookie.provider(), i);
      if (first != null) {
        problems.error(
            at("cookies", i) + ".name",
            "duplicate-id",
            "The cookie '"
                + cookie.name()
                + "' from this provider is already declared at "
                + at("cookies", first)
                + ".");
      }
    }
  }

  private static void unique(List<?> entries, String list, Problems problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Identified entry = Identified.of(entries.get(i));
      if (entry.id() == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(entry.id(), i);
      if (first != null) {
        problems.error(
            at(list, i) + "." + entry.idField(),
            "duplicate-id",
            "The "
                + entry.idField()
                + " '"
                + entry.id()
                + "' is already used by "
                + at(list, first)
                + ".");
      }
    }
  }
}
