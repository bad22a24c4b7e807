package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.minimalWith;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of reference must name an entry that exists. */
class ReferenceRulesTests {

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "controller: main|controller: mian|activities[0].controller",
        "consentPurpose: newsletter|consentPurpose: newsleter|activities[0].consentPurpose",
        "[contact-details]|[contact-detials]|activities[0].dataCategories[0]",
        "[subscribers]|[subscriber]|activities[0].subjectCategories[0]",
        "[mailer]|[mailler]|activities[0].recipients[0]",
        "trigger: unsubscribed|trigger: unsubscribe|activities[0].retention.trigger",
      })
  void aMisspelledActivityReferenceIsNamedWithASuggestion(
      String snippet, String misspelled, String path) {
    var result = read(minimalWith(snippet, misspelled));
    assertThat(codesAndPaths(result)).containsExactly("unknown-reference @ " + path);
    assertThat(result.problems().get(0).message()).contains("Did you mean");
  }

  @Test
  void aReferenceToSomethingNeverDeclaredIsNamedWithoutAGuess() {
    var result =
        read(
            minimalWith(
                "    retention:\n", "    securityMeasures: [encryption]\n    retention:\n"));
    assertThat(codesAndPaths(result))
        .containsExactly("unknown-reference @ activities[0].securityMeasures[0]");
    assertThat(result.problems().get(0).message()).doesNotContain("Did you mean");
  }

  @Test
  void aCookieMustNameAnExistingConsentPurpose() {
    var result =
        read(
            minimalWith(
                "Visitor statistics }\n    consentPurpose: newsletter",
                "Visitor statistics }\n    consentPurpose: statistics"));
    assertThat(codesAndPaths(result))
        .containsExactly("unknown-reference @ cookies[1].consentPurpose");
  }
}
