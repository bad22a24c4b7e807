package no.vern.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonNameTests {

  @Test
  void capitalsSpacesAndCompatibilityFormsDoNotMatterButLettersDo() {
    assertThat(PersonName.normalise("  KARI \t Nordmann ")).contains("kari nordmann");
    // NFKC: a full-width letter is the letter; a composed and a decomposed ø are one.
    assertThat(PersonName.normalise("Ｋari Nordmann")).contains("kari nordmann");
    assertThat(PersonName.normalise("Bjørn Ås")).isEqualTo(PersonName.normalise("Bjørn A\u030As"));
    assertThat(PersonName.normalise("Bjørn Ås")).isNotEqualTo(PersonName.normalise("Bjorn As"));
  }

  @Test
  void textWithoutALetterOrLongerThanANameIsNoName() {
    assertThat(PersonName.normalise("   ")).isEmpty();
    assertThat(PersonName.normalise("12 34")).isEmpty();
    assertThat(PersonName.normalise("a".repeat(201))).isEmpty();
    assertThat(PersonName.normalise(null)).isEmpty();
  }

  @Test
  void onlyTheDataItemNamedNameIsAName() {
    assertThat(PersonName.of(Map.of("name", "Kari Nordmann"))).contains("kari nordmann");
    assertThat(PersonName.of(Map.of("company", "Nordmann AS"))).isEmpty();
    assertThat(PersonName.of(Map.of("name", 42))).isEmpty();
  }

  @Test
  void aSearchValueWithADigitOrAnAtSignIsAnIdentifierNotAName() {
    assertThat(PersonName.looksLikeName("Kari Nordmann")).isTrue();
    assertThat(PersonName.looksLikeName("K-12345")).isFalse();
    assertThat(PersonName.looksLikeName("kari@example.invalid")).isFalse();
    assertThat(PersonName.looksLikeName("")).isFalse();
  }
}
