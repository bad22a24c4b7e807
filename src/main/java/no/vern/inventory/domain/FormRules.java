package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.util.Optional;
import java.util.regex.Pattern;
import no.vern.inventory.Activity;
import no.vern.inventory.Form;
import no.vern.inventory.FormField;
import no.vern.inventory.Inventory;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.Source;

/**
 * What makes a public form lawful to run: it is tied to an activity that collects from the person,
 * it can tell who the person is (an e-mail or phone field), a newsletter rests on consent, and an
 * age limit is only set where the person consents and can be checked against a birth date (Art. 8,
 * personopplysningsloven § 5: from 13). Duplicate form ids and unknown activities are reported by
 * {@link UniqueIds} and {@link References}; the fields by {@link FormFieldRules}.
 */
final class FormRules {

  /** Form ids are part of the address {@code /public/forms/{id}}: no dots, so never "embed.js". */
  private static final Pattern FORM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  /** Art. 8(1) lets member states go as low as 13; Norway did (personopplysningsloven § 5). */
  static final int LOWEST_AGE_OF_CONSENT = 13;

  private FormRules() {}

  static void check(Inventory inventory, Problems problems) {
    for (int i = 0; i < inventory.forms().size(); i++) {
      Form form = inventory.forms().get(i);
      String path = at("forms", i);
      required(form, path, problems);
      FormFieldRules.check(form, path, problems);
      identifiers(form, path, problems);
      Optional<Activity> activity =
          inventory.activities().stream()
              .filter(a -> a.id() != null && a.id().equals(form.activity()))
              .findFirst();
      activity.ifPresent(a -> againstActivity(form, a, path, problems));
      if (form.minimumAge() != null) {
        minimumAge(form, path, problems);
      }
    }
  }

  private static void required(Form form, String path, Problems problems) {
    if (problems.require(form.id(), path + ".id", "The form's id")
        && !FORM_ID.matcher(form.id()).matches()) {
      problems.error(
          path + ".id",
          "invalid-form-id",
          "A form id is part of a web address: letters, digits, '-' and '_', at most 64.");
    }
    problems.require(form.kind(), path + ".kind", "The kind of form");
    problems.require(form.activity(), path + ".activity", "The processing activity");
    problems.require(form.title(), path + ".title", "The form's title");
    if (form.fields().isEmpty()) {
      problems.error(path + ".fields", "required", "Name at least one field.");
    }
  }

  private static void identifiers(Form form, String path, Problems problems) {
    long emails = count(form, FormField.Type.EMAIL);
    long phones = count(form, FormField.Type.PHONE);
    if (emails + phones == 0) {
      problems.error(
          path + ".fields",
          "no-identifier-field",
          "A form needs an email or phone field: it is how the person is found again, for"
              + " example to answer an access request.");
    } else if (form.fields().stream().noneMatch(FormRules::requiredIdentifier)) {
      problems.warning(
          path + ".fields",
          "identifier-optional",
          "No email or phone field is required; a submission without either is refused.");
    }
    if (emails > 1 || phones > 1) {
      problems.error(
          path + ".fields",
          "duplicate-identifier-field",
          "At most one email and one phone field: every identifier is taken to be the person's"
              + " own.");
    }
  }

  private static void againstActivity(
      Form form, Activity activity, String path, Problems problems) {
    if (activity.sources().stream().noneMatch(s -> s.kind() == Source.Kind.DATA_SUBJECT)) {
      problems.error(
          path + ".activity",
          "form-activity-not-from-person",
          "A form collects from the person, but activity '"
              + activity.id()
              + "' lists no source of kind data-subject.");
    }
    if (form.kind() == Form.Kind.NEWSLETTER) {
      if (!consentBased(activity)) {
        problems.error(
            path + ".activity",
            "newsletter-without-consent",
            "A newsletter sign-up is a consent (Art. 6(1)(a)); activity '"
                + activity.id()
                + "' does not rest on consent.");
      }
      if (count(form, FormField.Type.EMAIL) == 0) {
        problems.error(
            path + ".fields",
            "newsletter-without-email",
            "A newsletter sign-up needs an email field to confirm the subscription.");
      }
    }
    if (form.minimumAge() != null && !consentBased(activity)) {
      problems.error(
          path + ".minimumAge",
          "minimum-age-without-consent",
          "An age limit belongs to a form whose activity rests on consent (Art. 8); activity '"
              + activity.id()
              + "' does not.");
    }
  }

  private static void minimumAge(Form form, String path, Problems problems) {
    int age = form.minimumAge();
    if (age < LOWEST_AGE_OF_CONSENT || age > 120) {
      problems.error(
          path + ".minimumAge",
          "invalid-minimum-age",
          "The minimum age is between 13 (the age of consent in Norway, personopplysningsloven"
              + " § 5) and 120.");
    }
    boolean birthDate =
        form.field(Form.BIRTH_DATE_FIELD)
            .filter(f -> f.type() == FormField.Type.DATE && f.mandatory())
            .isPresent();
    if (!birthDate) {
      problems.error(
          path + ".minimumAge",
          "minimum-age-without-birth-date",
          "An age limit needs a required date field named '"
              + Form.BIRTH_DATE_FIELD
              + "' to check it against.");
    }
  }

  static boolean consentBased(Activity activity) {
    return activity.restsOn(LegalBasis.A6_1_A) || activity.restsOn(LegalBasis.A9_2_A);
  }

  private static long count(Form form, FormField.Type type) {
    return form.fields().stream().filter(f -> f.type() == type).count();
  }

  private static boolean requiredIdentifier(FormField field) {
    return field.type() != null && field.type().identifier() && field.mandatory();
  }
}
