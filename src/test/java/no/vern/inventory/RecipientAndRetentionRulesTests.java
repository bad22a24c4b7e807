package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.minimalWith;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Processors need agreements, transfers need mechanisms, activities need retention rules. */
class RecipientAndRetentionRulesTests {

  private static final String AGREEMENT =
      "    agreement: { reference: DPA-2024-01, date: 2024-01-15 }\n";

  @Test
  void aProcessorWithoutAnAgreementIsRefused() {
    assertThat(codesAndPaths(read(minimalWith(AGREEMENT, ""))))
        .containsExactly("processor-agreement-missing @ recipients[0].agreement");
  }

  @Test
  void anAgreementNeedsItsDate() {
    var result = read(minimalWith(AGREEMENT, "    agreement: { reference: DPA-2024-01 }\n"));
    assertThat(codesAndPaths(result))
        .containsExactly("processor-agreement-missing @ recipients[0].agreement.date");
  }

  @Test
  void aThirdPartyNeedsNoAgreement() {
    var result = read(minimalWith(AGREEMENT, "").replace("kind: processor", "kind: third-party"));
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aTransferOutsideTheEeaNeedsAMechanism() {
    String american =
        minimalWith("    country: NO\n    agreement", "    country: US\n    agreement");
    assertThat(codesAndPaths(read(american)))
        .containsExactly("transfer-mechanism-missing @ recipients[0].transferMechanism");
    String withClauses =
        american.replace(
            "country: US\n", "country: US\n    transferMechanism: standard-contractual-clauses\n");
    assertThat(read(withClauses).problems()).isEmpty();
  }

  @Test
  void everyEeaCountryNeedsNoMechanism() {
    for (String country : new String[] {"IS", "LI", "SE", "DE", "IE"}) {
      String yaml =
          minimalWith(
              "    country: NO\n    agreement", "    country: " + country + "\n    agreement");
      assertThat(read(yaml).problems()).as(country).isEmpty();
    }
  }

  @Test
  void aCountryMustBeAnIsoCode() {
    var result =
        read(minimalWith("    country: NO\n    agreement", "    country: Norge\n    agreement"));
    assertThat(codesAndPaths(result)).containsExactly("invalid-country @ recipients[0].country");
  }

  @Test
  void anActivityWithoutRetentionIsRefused() {
    var result =
        read(
            minimalWith(
                "    retention:\n      trigger: unsubscribed\n      period: P0D\n      action: delete\n",
                ""));
    assertThat(codesAndPaths(result))
        .containsExactly("retention-missing @ activities[0].retention");
  }

  @Test
  void aRetentionRuleNeedsItsAction() {
    var result = read(minimalWith("      action: delete\n", ""));
    assertThat(codesAndPaths(result)).containsExactly("required @ activities[0].retention.action");
  }
}
