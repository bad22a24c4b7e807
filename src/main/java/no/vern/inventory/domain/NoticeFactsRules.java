package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.vern.inventory.Activity;
import no.vern.inventory.AutomatedDecision;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.Inventory;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.LegalGround;
import no.vern.inventory.Provision;
import no.vern.inventory.Source;
import no.vern.inventory.SubjectCategory;

/**
 * What the notice must be able to say of each activity (Art. 13, 14, 22): the legitimate interest
 * itself, what each of several bases covers, never a contract with a group that has none, whether
 * the person must give the data, whether Art. 22(1) applies and on which exception, and that
 * explicit consent is recorded as an express statement.
 */
final class NoticeFactsRules {

  private NoticeFactsRules() {}

  static void check(Inventory inventory, Problems problems) {
    Map<String, SubjectCategory> groups =
        inventory.subjectCategories().stream()
            .filter(g -> g.id() != null)
            .collect(Collectors.toMap(SubjectCategory::id, Function.identity(), (a, b) -> a));
    for (int i = 0; i < inventory.activities().size(); i++) {
      Activity activity = inventory.activities().get(i);
      String path = at("activities", i);
      grounds(activity, groups, path, problems);
      provision(activity, path, problems);
      automated(activity, path, problems);
      explicitConsent(inventory, activity, path, problems);
      audience(inventory, activity, path, problems);
    }
  }

  // With audiences declared, the notice shows an activity only in its audiences' parts.
  private static void audience(
      Inventory inventory, Activity activity, String path, Problems problems) {
    if (inventory.audiences().isEmpty() || activity.subjectCategories().isEmpty()) {
      return;
    }
    boolean shown =
        inventory.audiences().stream()
            .anyMatch(
                a ->
                    a.subjectCategories().stream()
                        .anyMatch(activity.subjectCategories()::contains));
    if (!shown) {
      problems.error(
          path + ".subjectCategories",
          "audience-missing",
          "No audience gathers any of these subject categories, so the notice would not show the"
              + " activity: add one of them to an audience.");
    }
  }

  private static void grounds(
      Activity activity, Map<String, SubjectCategory> groups, String path, Problems problems) {
    List<LegalGround> grounds = activity.legalBases();
    long article6 = grounds.stream().filter(g -> g.basis() != null && isArticle6(g)).count();
    for (int j = 0; j < grounds.size(); j++) {
      LegalGround ground = grounds.get(j);
      String at = at(path + ".legalBases", j);
      if (ground.basis() == null) {
        continue;
      }
      if (ground.basis().legitimateInterest() && ground.interest() == null) {
        problems.error(
            at + ".interest",
            "legitimate-interest-missing",
            "Say what the legitimate interest is (Art. 13(1)(d), 14(2)(b)); a reference to the"
                + " balancing test is not enough.");
      }
      if (isArticle6(ground) && article6 > 1 && ground.covers() == null) {
        problems.error(
            at + ".covers",
            "basis-coverage-missing",
            "The activity has several Art. 6 bases: say what this one covers.");
      }
      if (ground.basis() == LegalBasis.A6_1_B) {
        contract(activity, ground, groups, at, problems);
      }
    }
  }

  private static void contract(
      Activity activity,
      LegalGround ground,
      Map<String, SubjectCategory> groups,
      String at,
      Problems problems) {
    for (String id : activity.subjectCategories()) {
      SubjectCategory group = groups.get(id);
      if (group == null || !ground.appliesTo(id)) {
        continue;
      }
      if (group.contract() == null) {
        problems.error(
            at + ".subjectCategories",
            "contract-unstated",
            "A contract (A6-1-b) is relied on for '"
                + id
                + "': state on that subject category whether its people have a contract with you"
                + " (contract: true or false).");
      } else if (!group.contract()) {
        problems.error(
            at + ".subjectCategories",
            "contract-basis-without-contract",
            "'"
                + id
                + "' has no contract with you, so a contract with them cannot be the basis; list"
                + " the groups this basis covers in subjectCategories.");
      }
    }
  }

  private static void provision(Activity activity, String path, Problems problems) {
    boolean fromPerson =
        activity.sources().stream().anyMatch(s -> s.kind() == Source.Kind.DATA_SUBJECT);
    Provision provision = activity.provision();
    if (provision == null) {
      if (fromPerson) {
        problems.error(
            path + ".provision",
            "provision-missing",
            "The data comes from the person: say whether they must give it, and what happens if"
                + " they do not (Art. 13(2)(e)).");
      }
      return;
    }
    problems.require(provision.requirement(), path + ".provision.requirement", "The requirement");
    problems.require(provision.obliged(), path + ".provision.obliged", "Whether they must");
    problems.require(provision.consequence(), path + ".provision.consequence", "The consequence");
    if (provision.requirement() == Provision.Requirement.NONE
        && Boolean.TRUE.equals(provision.obliged())) {
      problems.error(
          path + ".provision.obliged",
          "invalid-value",
          "Nobody is obliged to give data that no law or contract requires.");
    }
  }

  private static void automated(Activity activity, String path, Problems problems) {
    List<AutomatedDecision> decisions = activity.automatedDecisions();
    for (int j = 0; j < decisions.size(); j++) {
      AutomatedDecision decision = decisions.get(j);
      String at = at(path + ".automatedDecisions", j);
      if (decision.article22() == null) {
        problems.error(
            at + ".article22",
            "article-22-unstated",
            "Say whether Art. 22(1) applies: a decision based solely on automated processing with"
                + " legal or similarly significant effects.");
      } else if (decision.article22() && decision.exception() == null) {
        problems.error(
            at + ".exception",
            "article-22-exception-missing",
            "Art. 22(1) applies: name the exception of Art. 22(2) relied on (contract, law or"
                + " explicit-consent).");
      } else if (!decision.article22() && decision.exception() != null) {
        problems.error(
            at + ".exception",
            "invalid-value",
            "An exception is needed only where Art. 22(1) applies.");
      }
    }
  }

  private static void explicitConsent(
      Inventory inventory, Activity activity, String path, Problems problems) {
    if (!activity.restsOn(LegalBasis.A9_2_A) || activity.consentPurpose() == null) {
      return;
    }
    ConsentPurpose purpose =
        inventory.consentPurposes().stream()
            .filter(p -> Objects.equals(p.code(), activity.consentPurpose()))
            .findFirst()
            .orElse(null);
    if (purpose != null && purpose.effectiveMethod() != ConsentPurpose.Method.EXPRESS_STATEMENT) {
      problems.error(
          path + ".consentPurpose",
          "explicit-consent-method",
          "Explicit consent (A9-2-a) must be given as an express statement the ledger records:"
              + " set method: express-statement on the consent purpose '"
              + purpose.code()
              + "'.");
    }
  }

  private static boolean isArticle6(LegalGround ground) {
    return ground.basis() != null && ground.basis().name().startsWith("A6_");
  }
}
