package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.vern.inventory.ConnectedSystem;
import no.vern.inventory.Inventory;
import no.vern.inventory.Recipient;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.identifier.Parsed;

/**
 * Connected systems get the tasks of requests from data subjects: a webhook needs an address to
 * post to, a manual system a person and a checklist, and every system the activities whose data it
 * holds. A recipient's contact address for Art. 19 notices must be an address.
 */
final class SystemRules {

  static final Set<String> REQUESTS =
      Set.of("access", "portability", "rectification", "erasure", "restriction", "objection");

  private SystemRules() {}

  static void check(Inventory inventory, Problems problems) {
    KnownIds activities = KnownIds.of("an activity", inventory.activities());
    KnownIds recipients = KnownIds.of("a recipient", inventory.recipients());
    for (int i = 0; i < inventory.systems().size(); i++) {
      ConnectedSystem system = inventory.systems().get(i);
      String path = at("systems", i);
      problems.require(system.id(), path + ".id", "The system's id");
      problems.require(system.name(), path + ".name", "The system's name");
      if (system.activities().isEmpty()) {
        problems.error(
            path + ".activities", "required", "Name the activities whose data the system holds.");
      }
      for (int j = 0; j < system.activities().size(); j++) {
        activities.check(system.activities().get(j), at(path + ".activities", j), problems);
      }
      recipients.check(system.recipient(), path + ".recipient", problems);
      codes(system.requests(), REQUESTS, path + ".requests", problems);
      for (int j = 0; j < system.identifiers().size(); j++) {
        if (IdentifierType.fromCode(system.identifiers().get(j)).isEmpty()) {
          problems.error(
              at(path + ".identifiers", j),
              "invalid-value",
              "Not an identifier type; use email, phone, nationalId, customerNumber, ...");
        }
      }
      kind(system, path, problems);
    }
    for (int i = 0; i < inventory.recipients().size(); i++) {
      Recipient recipient = inventory.recipients().get(i);
      if (recipient.contactEmail() != null
          && !(EmailAddress.parse(recipient.contactEmail()) instanceof Parsed.Valid<?>)) {
        problems.error(
            at("recipients", i) + ".contactEmail", "invalid-value", "Not an e-mail address.");
      }
    }
  }

  private static void kind(ConnectedSystem system, String path, Problems problems) {
    if (!problems.require(system.kind(), path + ".kind", "The system's kind")) {
      return;
    }
    if (system.webhook()) {
      if (problems.require(system.url(), path + ".url", "The webhook's address")
          && !webAddress(system.url())) {
        problems.error(
            path + ".url",
            "invalid-value",
            "An absolute https:// address such as https://case.example.com/vern/tasks.");
      }
    } else if (ConnectedSystem.MANUAL.equals(system.kind())) {
      problems.require(system.assignee(), path + ".assignee", "Who carries out the tasks");
      if (system.checklist().isEmpty()) {
        problems.error(path + ".checklist", "required", "List the steps of a manual task.");
      }
      if (system.url() != null) {
        problems.error(path + ".url", "invalid-value", "A manual system has no address.");
      }
    } else {
      problems.error(path + ".kind", "invalid-value", "The kind is webhook or manual.");
    }
  }

  private static void codes(List<String> given, Set<String> allowed, String path, Problems out) {
    for (int j = 0; j < given.size(); j++) {
      if (!allowed.contains(given.get(j))) {
        out.error(
            at(path, j),
            "invalid-value",
            "One of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
      }
    }
  }

  // http is accepted here for test and staging setups; the sender refuses it unless its setting
  // allows local addresses (docs/dsr.md), so the rule for production lives in one place.
  private static boolean webAddress(String url) {
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http"))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
