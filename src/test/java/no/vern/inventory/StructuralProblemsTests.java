package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.minimalWith;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Structural mistakes come back as problems with paths, never as exceptions. */
class StructuralProblemsTests {

  @Test
  void theMinimalFixtureIsClean() {
    assertThat(read(InventoryFixtures.MINIMAL).problems()).isEmpty();
  }

  @Test
  void anUnknownFieldIsNamedWithItsPath() {
    var result = read(minimalWith("    retention:\n", "    retension:\n"));
    assertThat(codesAndPaths(result))
        .contains(
            "unknown-field @ activities[0].retension",
            "retention-missing @ activities[0].retention");
    assertThat(result.problems().get(0).message()).contains("retension").contains("retention");
  }

  @Test
  void unknownFieldsAreFoundAtEveryDepthInOneRun() {
    var result =
        read(
            minimalWith("  name: Eksempel Inkasso AS\n", "  name: Eksempel Inkasso AS\n  nmae: x\n")
                .replaceFirst("    agreement: \\{", "    agreement: { signed: yes,")
                .replace("channel: newsletter", "chanel: newsletter"));
    assertThat(codesAndPaths(result))
        .containsExactly(
            "unknown-field @ organisation.nmae",
            "unknown-field @ recipients[0].agreement.signed",
            "unknown-field @ activities[0].sources[0].chanel");
  }

  @Test
  void aBadPeriodIsAProblemAtThePeriod() {
    var result = read(minimalWith("period: P0D", "period: 3 years"));
    assertThat(codesAndPaths(result))
        .containsExactly(
            "invalid-value @ activities[0].retention.period",
            "required @ activities[0].retention.period");
    assertThat(result.problems().get(0).message()).contains("'3 years'", "P3Y");
  }

  @Test
  void aBadEnumValueListsTheChoices() {
    var result = read(minimalWith("category: statistics", "category: analytics"));
    assertThat(codesAndPaths(result)).first().isEqualTo("invalid-value @ cookies[1].category");
    assertThat(result.problems().get(0).message()).contains("necessary, preferences, statistics");
  }

  @Test
  void aWrongTypeIsAProblemAndReadingGoesOn() {
    var result =
        read(
            minimalWith(
                "purpose: { nb: Å sende deg nyhetsbrev, en: To send you newsletters }",
                "purpose: [a, b]"));
    assertThat(codesAndPaths(result))
        .contains("wrong-type @ activities[0].purpose", "required @ activities[0].purpose");
  }

  @Test
  void aSectionWhereATextBelongsIsAWrongType() {
    var result =
        read(
            minimalWith(
                "name: { nb: Eksempel Utsending AS, en: Eksempel Utsending AS }",
                "name: Eksempel Utsending AS"));
    assertThat(codesAndPaths(result)).first().isEqualTo("wrong-type @ recipients[0].name");
  }

  @Test
  void aBadDateIsAProblemAtTheDate() {
    var result = read(minimalWith("date: 2024-01-15", "date: 15.01.2024"));
    assertThat(codesAndPaths(result))
        .first()
        .isEqualTo("invalid-value @ recipients[0].agreement.date");
  }

  @Test
  void textThatIsNotYamlIsOneSyntaxProblem() {
    var result = read("organisation: [unclosed");
    assertThat(result.inventory()).isEmpty();
    assertThat(codesAndPaths(result)).containsExactly("syntax @ ");
    assertThat(result.problems().get(0).message()).contains("line");
  }

  @Test
  void anEmptyDocumentIsAProblem() {
    assertThat(codesAndPaths(read("  \n"))).containsExactly("empty @ ");
  }
}
