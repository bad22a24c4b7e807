package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.minimalWith;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts in both languages, unique ids, valid numbers, and every problem in one run. */
class CompletenessRulesTests {

  @Test
  void aMissingEnglishTextIsNamedWhereverItIs() {
    var result =
        read(
            minimalWith("title: { nb: Nyhetsbrev, en: Newsletter }", "title: { nb: Nyhetsbrev }")
                .replace("en: Keeps your session", "en: ''"));
    assertThat(codesAndPaths(result))
        .containsExactly(
            "text-missing @ consentPurposes[0].title.en", "text-missing @ cookies[0].purpose.en");
  }

  @Test
  void aMissingNorwegianTextIsNamedToo() {
    var result = read(minimalWith("{ nb: Abonnenter, en: Subscribers }", "{ en: Subscribers }"));
    assertThat(codesAndPaths(result))
        .containsExactly("text-missing @ subjectCategories[0].name.nb");
  }

  @Test
  void aDuplicateIdPointsAtTheSecondEntry() {
    var result = read(minimalWith("  - id: sick-leave\n", "  - id: contact-details\n"));
    assertThat(codesAndPaths(result)).containsExactly("duplicate-id @ dataCategories[1].id");
    assertThat(result.problems().get(0).message()).contains("dataCategories[0]");
  }

  @Test
  void aNorwegianOrganisationNumberMustPassTheCheckDigit() {
    var result = read(minimalWith("\"123456785\"", "\"123456789\""));
    assertThat(codesAndPaths(result))
        .containsExactly("invalid-organisation-number @ controllers[0].organisationNumber");
  }

  @Test
  void anUnknownFormatVersionIsRefused() {
    var result = read(minimalWith("formatVersion: 1", "formatVersion: 2"));
    assertThat(codesAndPaths(result)).containsExactly("unsupported-format-version @ formatVersion");
  }

  @Test
  void aNewcomersFourMistakesAreAllReportedInOneRun() {
    String broken =
        minimalWith("[contact-details]", "[contact-detail, sick-leave]")
            .replace(
                "    retention:\n      trigger: unsubscribed\n      period: P0D\n      action: delete\n",
                "")
            .replace("en: To send you newsletters", "en: ");
    var result = read(broken);
    assertThat(codesAndPaths(result))
        .containsExactlyInAnyOrder(
            "unknown-reference @ activities[0].dataCategories[0]",
            "special-category-without-article-9 @ activities[0].legalBases",
            "retention-missing @ activities[0].retention",
            "text-missing @ activities[0].purpose.en");
    assertThat(result.acceptable()).isFalse();
  }
}
