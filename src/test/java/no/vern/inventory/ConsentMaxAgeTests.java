package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.minimalWith;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** A consent purpose may say how long a consent lasts; the consent ledger expires it then. */
class ConsentMaxAgeTests {

  private static final String DESCRIPTION = "en: We send you newsletters. }\n";

  @Test
  void aMaximumAgeIsReadAsAnIsoPeriod() {
    var result = read(minimalWith(DESCRIPTION, DESCRIPTION + "    maxAge: P2Y\n"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.inventory().orElseThrow().consentPurposes().get(0).maxAge())
        .isEqualTo(Period.ofYears(2));
  }

  @Test
  void withoutOneAConsentLastsUntilWithdrawn() {
    var result = read(InventoryFixtures.MINIMAL);
    assertThat(result.inventory().orElseThrow().consentPurposes().get(0).maxAge()).isNull();
    // Absent stays absent in the canonical document, so existing versions keep their hash.
    String written =
        InventoryDocuments.write(result.inventory().orElseThrow(), InventoryDocuments.Format.YAML);
    String purposes =
        written.substring(written.indexOf("consentPurposes:"), written.indexOf("dataCategories:"));
    assertThat(purposes).contains("newsletter").doesNotContain("maxAge");
  }

  @Test
  void aZeroOrNegativeMaximumAgeIsRefused() {
    for (String age : new String[] {"P0D", "P-1M"}) {
      var result = read(minimalWith(DESCRIPTION, DESCRIPTION + "    maxAge: " + age + "\n"));
      assertThat(codesAndPaths(result))
          .as(age)
          .containsExactly("invalid-value @ consentPurposes[0].maxAge");
    }
  }

  @Test
  void aMaximumAgeThatIsNoPeriodIsNamed() {
    var result = read(minimalWith(DESCRIPTION, DESCRIPTION + "    maxAge: two years\n"));
    assertThat(codesAndPaths(result))
        .hasSize(1)
        .first()
        .asString()
        .endsWith("consentPurposes[0].maxAge");
  }
}
