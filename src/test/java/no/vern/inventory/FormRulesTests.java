package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.MINIMAL;
import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import no.vern.inventory.InventoryDocuments.Format;
import org.junit.jupiter.api.Test;

/** The rules for public forms, each reported with the path of the entry to fix. */
class FormRulesTests {

  private static final String SIGNUP =
      """
      forms:
        - id: signup
          kind: newsletter
          activity: newsletter
          title: { nb: Nyhetsbrev, en: Newsletter }
          fields:
            - name: email
              type: email
              required: true
              label: { nb: E-post, en: E-mail }
      """;

  private static String withForms(String forms) {
    return MINIMAL + forms;
  }

  private static String field(String yaml) {
    return SIGNUP + yaml.indent(6);
  }

  @Test
  void aValidFormIsAcceptedAndReadBack() {
    ParseResult result = read(withForms(SIGNUP));
    assertThat(result.problems()).isEmpty();
    Form form = result.inventory().orElseThrow().forms().get(0);
    assertThat(form.kind()).isEqualTo(Form.Kind.NEWSLETTER);
    assertThat(form.effectiveScreening()).isEqualTo(Form.Screening.REFUSE);
    assertThat(form.fields().get(0).type()).isEqualTo(FormField.Type.EMAIL);
    assertThat(form.fields().get(0).effectiveMaxLength()).isEqualTo(254);
  }

  @Test
  void aMisspelledActivityIsNamedWithASuggestion() {
    ParseResult result =
        read(withForms(SIGNUP.replace("activity: newsletter", "activity: newslettr")));
    assertThat(codesAndPaths(result)).containsExactly("unknown-reference @ forms[0].activity");
    assertThat(result.problems().get(0).message()).contains("Did you mean 'newsletter'?");
  }

  @Test
  void formIdsAreUnique() {
    String twice = SIGNUP + SIGNUP.substring("forms:\n".length());
    assertThat(codesAndPaths(read(withForms(twice)))).containsExactly("duplicate-id @ forms[1].id");
  }

  @Test
  void aFormIdMustBeUsableInAnAddress() {
    assertThat(codesAndPaths(read(withForms(SIGNUP.replace("id: signup", "id: embed.js")))))
        .containsExactly("invalid-form-id @ forms[0].id");
  }

  @Test
  void fieldNamesAreUniqueAndNotReserved() {
    String yaml =
        field(
            """
            - name: email
              type: text
              label: { nb: Igjen, en: Again }
            - name: website
              type: text
              label: { nb: Nettsted, en: Website }
            """);
    assertThat(codesAndPaths(read(withForms(yaml))))
        .containsExactly(
            "duplicate-field @ forms[0].fields[1].name",
            "reserved-field-name @ forms[0].fields[2].name");
  }

  @Test
  void aChoiceNeedsOptionsAndOnlyAChoiceHasThem() {
    String yaml =
        field(
            """
            - name: topic
              type: choice
              label: { nb: Emne, en: Topic }
            - name: note
              type: text
              label: { nb: Notat, en: Note }
              options:
                - { value: a, label: { nb: A, en: A } }
            """);
    assertThat(codesAndPaths(read(withForms(yaml))))
        .containsExactly(
            "choice-without-options @ forms[0].fields[1].options",
            "options-not-allowed @ forms[0].fields[2].options");
  }

  @Test
  void aFormWithoutAnEmailOrPhoneFieldCannotFindThePersonAgain() {
    String yaml =
        SIGNUP
            .replace("name: email", "name: note")
            .replace("type: email", "type: text")
            .replace("kind: newsletter", "kind: contact");
    assertThat(codesAndPaths(read(withForms(yaml))))
        .containsExactly("no-identifier-field @ forms[0].fields");
  }

  @Test
  void aNewsletterNeedsAConsentBasedActivity() {
    String notConsent = MINIMAL.replace("- basis: A6-1-a", "- basis: A6-1-b");
    assertThat(codesAndPaths(read(notConsent + SIGNUP)))
        .containsExactly("newsletter-without-consent @ forms[0].activity");
  }

  @Test
  void aMinimumAgeNeedsConsentAndARequiredBirthDate() {
    String aged = SIGNUP.replace("kind: newsletter", "kind: survey\n    minimumAge: 13");
    String notConsent = MINIMAL.replace("- basis: A6-1-a", "- basis: A6-1-b");
    assertThat(codesAndPaths(read(notConsent + aged)))
        .containsExactly(
            "minimum-age-without-consent @ forms[0].minimumAge",
            "minimum-age-without-birth-date @ forms[0].minimumAge");

    String withBirthDate =
        aged
            + """
                  - name: birthDate
                    type: date
                    required: true
                    label: { nb: Fødselsdato, en: Date of birth }
            """;
    assertThat(read(withForms(withBirthDate)).problems()).isEmpty();
    assertThat(
            codesAndPaths(
                read(withForms(withBirthDate.replace("minimumAge: 13", "minimumAge: 12")))))
        .containsExactly("invalid-minimum-age @ forms[0].minimumAge");
  }

  @Test
  void unknownValuesAndFieldsAreStructuralProblems() {
    String yaml =
        SIGNUP.replace("type: email", "type: dropdown").replace("required: true", "requird: true");
    assertThat(codesAndPaths(read(withForms(yaml))))
        .contains(
            "invalid-value @ forms[0].fields[0].type",
            "unknown-field @ forms[0].fields[0].requird");
  }

  @Test
  void labelsAreNeededInBothLanguages() {
    String yaml = SIGNUP.replace("{ nb: E-post, en: E-mail }", "{ nb: E-post }");
    assertThat(codesAndPaths(read(withForms(yaml))))
        .containsExactly("text-missing @ forms[0].fields[0].label.en");
  }

  @Test
  void formsSurviveARoundTrip() {
    Inventory original = read(withForms(SIGNUP)).inventory().orElseThrow();
    for (Format format : Format.values()) {
      String written = InventoryDocuments.write(original, format);
      assertThat(InventoryDocuments.parse(written, format).inventory()).contains(original);
    }
  }
}
