package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.minimalWith;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each legal basis carries what the law asks of it. */
class LegalBasisRulesTests {

  private static final String CONSENT = "      - basis: A6-1-a\n";

  @Test
  void consentWithoutAConsentPurposeIsRefused() {
    var result = read(minimalWith("    consentPurpose: newsletter\n", ""));
    assertThat(codesAndPaths(result))
        .containsExactly("consent-purpose-missing @ activities[0].consentPurpose");
  }

  @Test
  void legitimateInterestNeedsABalancingTest() {
    String covers = "covers: { nb: Alt, en: Everything }";
    String interest = "interest: { nb: Å informere, en: Informing }";
    String without = "      - { basis: A6-1-f, " + covers + ", " + interest + " }\n";
    String with = without.replace("A6-1-f,", "A6-1-f, balancingTest: LIA-7,");
    String consent = "      - { basis: A6-1-a, " + covers + " }\n";
    var result = read(minimalWith(CONSENT, consent + without));
    assertThat(codesAndPaths(result))
        .containsExactly("balancing-test-missing @ activities[0].legalBases[1].balancingTest");
    var fixed = read(minimalWith(CONSENT, consent + with));
    assertThat(fixed.problems()).isEmpty();
  }

  @Test
  void specialCategoryDataNeedsAnArticle9Condition() {
    String withHealth = minimalWith("[contact-details]", "[contact-details, sick-leave]");
    assertThat(codesAndPaths(read(withHealth)))
        .containsExactly("special-category-without-article-9 @ activities[0].legalBases");
    String fixed =
        withHealth
            .replace(CONSENT, CONSENT + "      - basis: A9-2-a\n")
            .replace(
                "  - code: newsletter\n", "  - code: newsletter\n    method: express-statement\n");
    assertThat(read(fixed).problems()).isEmpty();
  }

  @Test
  void criminalOffenceDataNeedsAnArticle10EntryWithTheLaw() {
    String withOffences =
        minimalWith(
                "  - id: sick-leave\n",
                "  - id: convictions\n    name: { nb: Straffedommer, en: Convictions }\n"
                    + "    criminalOffence: true\n  - id: sick-leave\n")
            .replace("[contact-details]", "[contact-details, convictions]");
    assertThat(codesAndPaths(read(withOffences)))
        .containsExactly("criminal-offence-without-article-10 @ activities[0].legalBases");
    String withoutLaw = withOffences.replace(CONSENT, CONSENT + "      - basis: A10\n");
    assertThat(codesAndPaths(read(withoutLaw)))
        .containsExactly("article-10-reference-missing @ activities[0].legalBases[1].reference");
    String withLaw =
        withOffences.replace(
            CONSENT,
            CONSENT
                + "      - { basis: A10, reference: { nb: Lov X § 1, en: Act X section 1 } }\n");
    assertThat(read(withLaw).problems()).isEmpty();
  }

  @Test
  void anArticle9ConditionAloneIsNotEnough() {
    var result =
        read(
            minimalWith(CONSENT, "      - basis: A9-2-a\n")
                .replace("[contact-details]", "[sick-leave]")
                .replace(
                    "  - code: newsletter\n",
                    "  - code: newsletter\n    method: express-statement\n"));
    assertThat(codesAndPaths(result))
        .containsExactly("article-6-basis-missing @ activities[0].legalBases");
  }
}
