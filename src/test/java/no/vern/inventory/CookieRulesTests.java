package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.minimalWith;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(strings = {"statistics", "marketing", "preferences"})
  void legitimateInterestForACookieIsRefusedSinceEkomlovenOf2025(String category) {
    var result =
        read(
            minimalWith(
                    STATS_CONSENT,
                    "Visitor statistics }\n    legalBasis: legitimate-interest\n"
                        + "    balancingTest: LIA-2024-02\n")
                .replace("category: statistics", "category: " + category));
    assertThat(codesAndPaths(result))
        .containsExactly("cookie-without-consent @ cookies[1].legalBasis");
    assertThat(result.problems().get(0).severity()).isEqualTo(Problem.Severity.ERROR);
    assertThat(result.problems().get(0).message()).contains("ekomloven § 3-15", "1 January 2025");
    assertThat(result.acceptable()).isFalse();
  }

  @Test
  void aCookiesProviderMustBeADeclaredRecipientOrController() {
    var result = read(minimalWith("provider: stats", "provider: Eksempel Statistikk AS"));
    assertThat(codesAndPaths(result)).containsExactly("unknown-reference @ cookies[1].provider");
    var outsideEea =
        read(
            minimalWith(
                "country: NO\n    agreement: { reference: DPA-2024-02",
                "country: US\n    agreement: { reference: DPA-2024-02"));
    assertThat(codesAndPaths(outsideEea))
        .containsExactly("transfer-mechanism-missing @ recipients[1].transferMechanism");
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
