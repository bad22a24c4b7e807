package no.vern.shared.identifier;

import static no.vern.shared.identifier.IdentifierFixtures.first;
import static no.vern.shared.identifier.IdentifierFixtures.organisationNumber;
import static no.vern.shared.identifier.IdentifierFixtures.organisationSumRemainder;
import static no.vern.shared.identifier.IdentifierFixtures.wrongLastDigit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTests {

  @Test
  void nineDigitsAreAcceptedWithSpacesRemoved() {
    // 1*3 + 2*2 + 3*7 + 4*6 + 5*5 + 6*4 + 7*3 + 8*2 = 138; 138 mod 11 = 6; 11 - 6 = 5.
    assertThat(OrganisationNumber.parse("123 456 785").orElseThrow().value())
        .isEqualTo("123456785");
    assertThat(OrganisationNumber.parse("123.456.785").isValid()).isTrue();
  }

  @Test
  void aRemainderOfZeroGivesCheckDigitZero() {
    String number =
        first(
            i ->
                organisationSumRemainder(String.format("12345%03d", i)) == 0
                    ? organisationNumber(String.format("12345%03d", i))
                    : null);

    assertThat(number).endsWith("0");
    assertThat(OrganisationNumber.parse(number).isValid()).isTrue();
  }

  @Test
  void aRemainderOfOneIsInvalid() {
    String first8 =
        first(
            i ->
                organisationSumRemainder(String.format("12345%03d", i)) == 1
                    ? String.format("12345%03d", i)
                    : null);

    for (int digit = 0; digit <= 9; digit++) {
      assertThat(codes(first8 + digit)).containsExactly(Reason.CONTROL_DIGIT);
    }
  }

  @Test
  void anyFirstDigitIsAllowed() {
    for (int digit = 0; digit <= 9; digit++) {
      int d = digit;
      String number = first(i -> organisationNumber(d + String.format("0000%03d", i)));
      assertThat(OrganisationNumber.parse(number).isValid()).as("first digit %d", d).isTrue();
    }
  }

  @Test
  void aWrongCheckDigitIsRefused() {
    assertThat(codes("123456786")).containsExactly(Reason.CONTROL_DIGIT);
    assertThat(codes(wrongLastDigit("123456785"))).containsExactly(Reason.CONTROL_DIGIT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "1234567850"})
  void theWrongLengthIsRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678X", "NO123456785MVA", "123-456-785"})
  void otherCharactersAreRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.FORMAT);
  }

  @Test
  void theStrictCheckTakesOnlyTheNormalisedForm() {
    assertThat(OrganisationNumber.isValid("123456785")).isTrue();
    assertThat(OrganisationNumber.isValid("123 456 785")).isFalse();
    assertThat(OrganisationNumber.isValid("123456786")).isFalse();
    assertThat(OrganisationNumber.isValid(null)).isFalse();
  }

  @Test
  void nothingIsRequired() {
    assertThat(codes("")).containsExactly(Reason.REQUIRED);
  }

  private static List<String> codes(String raw) {
    return OrganisationNumber.parse(raw).reasons().stream().map(Reason::code).toList();
  }
}
