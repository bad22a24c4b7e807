package no.vern.shared.identifier;

import static no.vern.shared.identifier.IdentifierFixtures.first;
import static no.vern.shared.identifier.IdentifierFixtures.k1SumRemainder;
import static no.vern.shared.identifier.IdentifierFixtures.nationalId;
import static no.vern.shared.identifier.IdentifierFixtures.wrongLastDigit;
import static org.assertj.core.api.Assertions.assertThat;

import no.vern.shared.identifier.NationalIdentityNumber.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdentityNumberTests {

  @Test
  void aClassicFodselsnummerIsAcceptedWithSeparatorsRemoved() {
    String number = nationalId("150790");
    String typed =
        number.substring(0, 6) + " " + number.substring(6, 9) + "-" + number.substring(9);

    var parsed = NationalIdentityNumber.parse(typed).orElseThrow();

    assertThat(parsed.value()).isEqualTo(number);
    assertThat(parsed.kind()).isEqualTo(Kind.FODSELSNUMMER);
    assertThat(NationalIdentityNumber.parse("15.07.90." + number.substring(6)).isValid()).isTrue();
  }

  @Test
  void aNumberValidOnlyUnderThe2032RuleIsAccepted() {
    for (int remainder = 1; remainder <= 3; remainder++) {
      int r = remainder;
      // Nine digits whose classic K1 would be 10: only the 2032 rule can make them valid.
      String number =
          first(
              i -> {
                String candidate = nationalId("010132", i, r);
                return candidate != null && k1SumRemainder(candidate) == 1 ? candidate : null;
              });

      assertThat(NationalIdentityNumber.parse(number).isValid()).as("remainder %d", r).isTrue();
      assertThat(NationalIdentityNumber.looksLike(number)).isTrue();
    }
  }

  @Test
  void aK1RemainderOfFourIsRefused() {
    String number = first(i -> nationalId("010132", i, 4));

    assertThat(codes(number)).containsExactly(Reason.CONTROL_DIGIT);
    assertThat(NationalIdentityNumber.looksLike(number)).isFalse();
  }

  @Test
  void aWrongK2IsRefused() {
    assertThat(codes(wrongLastDigit(nationalId("150790")))).containsExactly(Reason.CONTROL_DIGIT);
  }

  @Test
  void aDNummerHasFortyAddedToTheDay() {
    assertThat(parse(nationalId("410190")).kind()).isEqualTo(Kind.D_NUMMER);
    assertThat(parse(nationalId("710190")).kind()).isEqualTo(Kind.D_NUMMER);
    assertThat(codes(nationalId("720190"))).containsExactly(Reason.DATE);
    assertThat(codes(nationalId("710490"))).containsExactly(Reason.DATE);
  }

  @Test
  void anHNummerHasFortyAddedToTheMonth() {
    assertThat(parse(nationalId("014190")).kind()).isEqualTo(Kind.H_NUMMER);
    assertThat(parse(nationalId("315290")).kind()).isEqualTo(Kind.H_NUMMER);
    assertThat(codes(nationalId("015390"))).containsExactly(Reason.DATE);
  }

  @Test
  void aSyntheticNumberIsRefusedUnlessAllowed() {
    String number = nationalId("018190");

    assertThat(codes(number)).containsExactly(Reason.SYNTHETIC_NOT_ALLOWED);
    var allowed = NationalIdentityNumber.parse(number, true).orElseThrow();
    assertThat(allowed.kind()).isEqualTo(Kind.SYNTHETIC);
    assertThat(NationalIdentityNumber.parse(nationalId("419290"), true).isValid()).isTrue();
    assertThat(NationalIdentityNumber.parse(nationalId("019390"), true).isValid()).isFalse();
  }

  @Test
  void theScreenerDetectsSyntheticNumbersToo() {
    assertThat(NationalIdentityNumber.looksLike(nationalId("018190"))).isTrue();
    assertThat(NationalIdentityNumber.looksLike(nationalId("150790"))).isTrue();
    assertThat(NationalIdentityNumber.looksLike(nationalId("320190"))).isFalse();
    assertThat(NationalIdentityNumber.looksLike(wrongLastDigit(nationalId("150790")))).isFalse();
    assertThat(NationalIdentityNumber.looksLike("150790 12345")).isFalse();
    assertThat(NationalIdentityNumber.looksLike(null)).isFalse();
  }

  @Test
  void theTwentyNinthOfFebruaryNeedsAYearDivisibleByFour() {
    assertThat(NationalIdentityNumber.parse(nationalId("290296")).isValid()).isTrue();
    assertThat(NationalIdentityNumber.parse(nationalId("290200")).isValid()).isTrue();
    assertThat(NationalIdentityNumber.parse(nationalId("698296"), true).isValid()).isTrue();
    assertThat(codes(nationalId("290297"))).containsExactly(Reason.DATE);
    assertThat(codes(nationalId("300296"))).containsExactly(Reason.DATE);
  }

  @Test
  void impossibleDaysAndMonthsAreRefused() {
    assertThat(codes(nationalId("320190"))).containsExactly(Reason.DATE);
    assertThat(codes(nationalId("011390"))).containsExactly(Reason.DATE);
    assertThat(codes(nationalId("000190"))).containsExactly(Reason.DATE);
    assertThat(codes(nationalId("010090"))).containsExactly(Reason.DATE);
    assertThat(codes(nationalId("310490"))).containsExactly(Reason.DATE);
  }

  @Test
  void aBadDateAndABadControlDigitAreBothReported() {
    assertThat(codes(wrongLastDigit(nationalId("320190"))))
        .containsExactly(Reason.DATE, Reason.CONTROL_DIGIT);
  }

  @Test
  void aFutureDateIsNotRefused() {
    assertThat(NationalIdentityNumber.parse(nationalId("311299")).isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1507901234", "150790123456", "1"})
  void theWrongLengthIsRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"15079O12345", "abcdefghijk", "150790+12345"})
  void lettersAreRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.FORMAT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void nothingIsRequired(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.REQUIRED);
    assertThat(NationalIdentityNumber.parse(null).reasons())
        .extracting(Reason::code)
        .containsExactly(Reason.REQUIRED);
  }

  @Test
  void equalNumbersAreEqualHowEverTyped() {
    String number = nationalId("150790");
    assertThat(parse(number)).isEqualTo(parse(number.substring(0, 6) + " " + number.substring(6)));
    assertThat(parse(number).hashCode()).isEqualTo(parse(number).hashCode());
  }

  private static NationalIdentityNumber parse(String raw) {
    return NationalIdentityNumber.parse(raw).orElseThrow();
  }

  private static java.util.List<String> codes(String raw) {
    return NationalIdentityNumber.parse(raw).reasons().stream().map(Reason::code).toList();
  }
}
