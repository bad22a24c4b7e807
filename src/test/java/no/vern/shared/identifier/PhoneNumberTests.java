package no.vern.shared.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "40000000            | +4740000000",
        "400 00 000          | +4740000000",
        "400-00-000          | +4740000000",
        "400.00.000          | +4740000000",
        "+47 400 00 000      | +4740000000",
        "0047 400 00 000     | +4740000000",
        "(+47) 400 00 000    | +4740000000",
        "4740000000          | +4740000000",
        "22 00 00 00         | +4722000000",
        "+46 70 000 00 00    | +46700000000",
        "0046 (70) 000-0000  | +46700000000",
        "+1 (202) 555-0100   | +12025550100",
        "+44 20 7946 0000    | +442079460000",
        "+44 (0)20 7946 0000 | +442079460000",
        "0044 020 7946 0000  | +442079460000",
        "+44 20/7946 0000    | +442079460000"
      })
  void numbersAreWrittenInE164(String raw, String e164) {
    assertThat(PhoneNumber.parse(raw).orElseThrow().value()).isEqualTo(e164);
  }

  @Test
  void aTrunkZeroWrittenAfterTheCountryCodeIsTheSameNumber() {
    assertThat(PhoneNumber.parse("+44 (0)20 7946 0000").orElseThrow())
        .isEqualTo(PhoneNumber.parse("+44 20 7946 0000").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4000000", "400000000", "+47 400 00 00", "+47 400 00 0000", "+47 02000", "12345"})
  void norwegianNumbersHaveEightDigits(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+4600000", "+1234567890123456", "00", "0046 00", "+44 20 7946"})
  void internationalNumbersNeedTheirCountrysLength(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "42000000",
        "+47 300 00 000",
        "+1 (555) 010-0000",
        "+354 000 0000",
        "+44 7700 900000"
      })
  void numbersOutsideTheRangesACountryGivesOutAreRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.NUMBER_RANGE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "400 00 OOO",
        "tel:40000000",
        "+47 400 00 000 ext 12",
        "+47 400 00 000;ext=12",
        "+",
        "++4740000000",
        "+0 400",
        "+999 400 00 000"
      })
  void lettersStrayCharactersAndUnknownCountriesAreRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.FORMAT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void nothingIsRequired(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.REQUIRED);
  }

  private static List<String> codes(String raw) {
    return PhoneNumber.parse(raw).reasons().stream().map(Reason::code).toList();
  }
}
