package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.minimalWith;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Non-necessary cookies need consent, unless the inventory explicitly says otherwise. */
class CookieRulesTests {

  private static final String STATS_CONSENT =
      "Visitor statistics }\n    consentPurpose: newsletter\n";

  @Test
  void aStatisticsCookieWithoutAConsentPurposeIsRefused() {
    var result = read(minimalWith(STATS_CONSENT, "Visitor statistics }\n"));
    assertThat(codesAndPaths(result))
        .containsExactly("cookie-consent-purpose-missing @ cookies[1].consentPurpose");
  }

  @Test
  void legitimateInterestForStatisticsIsAcceptedWithAWarning() {
    var result =
        read(
            minimalWith(
                STATS_CONSENT,
                "Visitor statistics }\n    legalBasis: legitimate-interest\n"
                    + "    balancingTest: LIA-2024-02\n"));
    assertThat(codesAndPaths(result))
        .containsExactly("cookie-without-consent @ cookies[1].legalBasis");
    assertThat(result.problems().get(0).severity()).isEqualTo(Problem.Severity.WARNING);
    assertThat(result.problems().get(0).message()).contains("ekomloven § 3-15");
    assertThat(result.acceptable()).isTrue();
  }

  @Test
  void legitimateInterestForACookieNeedsABalancingTest() {
    var result =
        read(
            minimalWith(
                STATS_CONSENT, "Visitor statistics }\n    legalBasis: legitimate-interest\n"));
    assertThat(codesAndPaths(result))
        .containsExactly("balancing-test-missing @ cookies[1].balancingTest");
    assertThat(result.acceptable()).isFalse();
  }

  @Test
  void legitimateInterestIsNotAcceptedForMarketingCookies() {
    var result =
        read(
            minimalWith(
                    STATS_CONSENT,
                    "Visitor statistics }\n    legalBasis: legitimate-interest\n"
                        + "    balancingTest: LIA-2024-02\n")
                .replace("category: statistics", "category: marketing"));
    assertThat(codesAndPaths(result))
        .containsExactly("cookie-basis-not-allowed @ cookies[1].legalBasis");
  }

  @Test
  void onlyNecessaryCookiesAreStrictlyNecessary() {
    var result =
        read(
            minimalWith(
                STATS_CONSENT, "Visitor statistics }\n    legalBasis: strictly-necessary\n"));
    assertThat(codesAndPaths(result))
        .containsExactly("cookie-basis-not-allowed @ cookies[1].legalBasis");
  }

  @Test
  void aPersistentCookieNeedsAValidMaxAge() {
    assertThat(codesAndPaths(read(minimalWith("    maxAge: P13M\n", ""))))
        .containsExactly("required @ cookies[1].maxAge");
    assertThat(codesAndPaths(read(minimalWith("maxAge: P13M", "maxAge: 13 months"))))
        .containsExactly("invalid-value @ cookies[1].maxAge");
    assertThat(read(minimalWith("maxAge: P13M", "maxAge: PT30M")).problems()).isEmpty();
    assertThat(read(minimalWith("maxAge: P13M", "maxAge: P1DT12H")).problems()).isEmpty();
  }

  @Test
  void aSessionCookieHasNoMaxAge() {
    var result = read(minimalWith("lifetime: session\n", "lifetime: session\n    maxAge: P1D\n"));
    assertThat(codesAndPaths(result)).containsExactly("invalid-value @ cookies[0].maxAge");
  }
}
