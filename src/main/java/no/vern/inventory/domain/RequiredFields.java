package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.util.List;
import no.vern.inventory.Activity;
import no.vern.inventory.Controller;
import no.vern.inventory.Cookie;
import no.vern.inventory.Inventory;
import no.vern.inventory.Organisation;
import no.vern.inventory.Recipient;
import no.vern.shared.identifier.OrganisationNumber;

/**
 * What every notice needs to be complete: the organisation and how to reach it, and for each entry
 * the fields the privacy notice prints. Rules about content live in the other rules.
 */
final class RequiredFields {

  private RequiredFields() {}

  static void check(Inventory inventory, Problems problems) {
    if (problems.require(inventory.formatVersion(), "formatVersion", "The format version")
        && inventory.formatVersion() != Inventory.CURRENT_FORMAT_VERSION) {
      problems.error(
          "formatVersion",
          "unsupported-format-version",
          "This Vern reads format version " + Inventory.CURRENT_FORMAT_VERSION + " only.");
    }
    organisation(inventory.organisation(), problems);
    if (inventory.controllers().isEmpty()) {
      problems.error("controllers", "required", "Name at least one controller.");
    }
    for (int i = 0; i < inventory.controllers().size(); i++) {
      controller(inventory.controllers().get(i), at("controllers", i), problems);
    }
    idAndText(inventory.consentPurposes(), "consentPurposes", problems);
    for (int i = 0; i < inventory.consentPurposes().size(); i++) {
      problems.require(
          inventory.consentPurposes().get(i).description(),
          at("consentPurposes", i) + ".description",
          "What the person consents to");
      java.time.Period maxAge = inventory.consentPurposes().get(i).maxAge();
      if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
        problems.error(
            at("consentPurposes", i) + ".maxAge",
            "invalid-value",
            "A consent's maximum age must be longer than zero, e.g. P2Y; leave it out for none.");
      }
    }
    idAndText(inventory.dataCategories(), "dataCategories", problems);
    idAndText(inventory.subjectCategories(), "subjectCategories", problems);
    idAndText(inventory.retentionTriggers(), "retentionTriggers", problems);
    idAndText(inventory.securityMeasures(), "securityMeasures", problems);
    idAndText(inventory.audiences(), "audiences", problems);
    for (int i = 0; i < inventory.audiences().size(); i++) {
      String path = at("audiences", i);
      problems.require(inventory.audiences().get(i).heading(), path + ".heading", "The heading");
      if (inventory.audiences().get(i).subjectCategories().isEmpty()) {
        problems.error(
            path + ".subjectCategories", "required", "Name the subject categories it gathers.");
      }
    }
    for (int i = 0; i < inventory.recipients().size(); i++) {
      Recipient recipient = inventory.recipients().get(i);
      String path = at("recipients", i);
      problems.require(recipient.id(), path + ".id", "The recipient's id");
      problems.require(recipient.name(), path + ".name", "The recipient's name");
      problems.require(recipient.kind(), path + ".kind", "The kind of recipient");
      problems.require(recipient.description(), path + ".description", "What the recipient does");
    }
    for (int i = 0; i < inventory.activities().size(); i++) {
      activity(inventory.activities().get(i), at("activities", i), problems);
    }
    for (int i = 0; i < inventory.cookies().size(); i++) {
      cookie(inventory.cookies().get(i), at("cookies", i), problems);
    }
  }

  private static void organisation(Organisation organisation, Problems problems) {
    if (!problems.require(organisation, "organisation", "The organisation section")) {
      return;
    }
    problems.require(organisation.name(), "organisation.name", "The organisation's name");
    if (problems.require(
        organisation.privacyContact(), "organisation.privacyContact", "A privacy contact")) {
      problems.require(
          organisation.privacyContact().email(),
          "organisation.privacyContact.email",
          "The privacy contact's e-mail address");
    }
    var authority = organisation.supervisoryAuthority();
    if (problems.require(
        authority, "organisation.supervisoryAuthority", "The supervisory authority")) {
      problems.require(
          authority.name(), "organisation.supervisoryAuthority.name", "The authority's name");
    }
  }

  private static void controller(Controller controller, String path, Problems problems) {
    problems.require(controller.id(), path + ".id", "The controller's id");
    problems.require(controller.name(), path + ".name", "The controller's legal name");
    if (problems.require(controller.country(), path + ".country", "The controller's country")
        && "NO".equals(controller.country())
        && controller.organisationNumber() != null
        && !OrganisationNumber.isValid(controller.organisationNumber())) {
      problems.error(
          path + ".organisationNumber",
          "invalid-organisation-number",
          "'"
              + controller.organisationNumber()
              + "' is not a valid Norwegian organisation number (nine digits, mod-11 check).");
    }
  }

  private static void activity(Activity activity, String path, Problems problems) {
    problems.require(activity.id(), path + ".id", "The activity's id");
    problems.require(activity.controller(), path + ".controller", "The responsible controller");
    problems.require(activity.role(), path + ".role", "The organisation's role");
    problems.require(activity.name(), path + ".name", "The activity's name");
    problems.require(activity.purpose(), path + ".purpose", "The purpose");
    nonEmpty(activity.legalBases(), path + ".legalBases", "a legal basis", problems);
    nonEmpty(activity.dataCategories(), path + ".dataCategories", "a data category", problems);
    nonEmpty(
        activity.subjectCategories(), path + ".subjectCategories", "whom it is about", problems);
    nonEmpty(activity.sources(), path + ".sources", "where the data comes from", problems);
    for (int j = 0; j < activity.legalBases().size(); j++) {
      problems.require(
          activity.legalBases().get(j).basis(),
          at(path + ".legalBases", j) + ".basis",
          "The basis");
    }
    for (int j = 0; j < activity.sources().size(); j++) {
      var source = activity.sources().get(j);
      String at = at(path + ".sources", j);
      problems.require(source.kind(), at + ".kind", "The kind of source");
      problems.require(source.description(), at + ".description", "The source's description");
    }
    for (int j = 0; j < activity.automatedDecisions().size(); j++) {
      var decision = activity.automatedDecisions().get(j);
      String at = at(path + ".automatedDecisions", j);
      problems.require(decision.logic(), at + ".logic", "The logic involved");
      problems.require(decision.significance(), at + ".significance", "The significance");
      problems.require(decision.humanReview(), at + ".humanReview", "How to get a human review");
    }
  }

  private static void cookie(Cookie cookie, String path, Problems problems) {
    problems.require(cookie.name(), path + ".name", "The cookie's name");
    problems.require(cookie.provider(), path + ".provider", "Who sets the cookie");
    problems.require(cookie.category(), path + ".category", "The cookie category");
    problems.require(cookie.lifetime(), path + ".lifetime", "Session or persistent");
    problems.require(cookie.party(), path + ".party", "First or third party");
    problems.require(cookie.purpose(), path + ".purpose", "The cookie's purpose");
  }

  private static void idAndText(List<?> entries, String list, Problems problems) {
    for (int i = 0; i < entries.size(); i++) {
      Identified entry = Identified.of(entries.get(i));
      String path = at(list, i);
      problems.require(entry.id(), path + "." + entry.idField(), "The " + entry.idField());
      problems.require(entry.text(), path + "." + entry.textField(), "The " + entry.textField());
    }
  }

  private static void nonEmpty(List<?> list, String path, String what, Problems problems) {
    if (list.isEmpty()) {
      problems.error(path, "required", "Name at least " + what + ".");
    }
  }
}
