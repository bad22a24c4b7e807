package no.vern.shared.identifier;

import static no.vern.shared.identifier.IdentifierFixtures.nationalId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifierTypeTests {

  @Test
  void codesMatchTheApiFieldNames() {
    assertThat(Arrays.stream(IdentifierType.values()).map(IdentifierType::code))
        .containsExactly(
            "email",
            "phone",
            "nationalId",
            "customerNumber",
            "caseNumber",
            "bankAccount",
            "organisationNumber");
  }

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void everyCodeFindsItsType(IdentifierType type) {
    assertThat(IdentifierType.fromCode(type.code())).contains(type);
  }

  @Test
  void anUnknownCodeFindsNothing() {
    assertThat(IdentifierType.fromCode("NATIONAL_ID")).isEmpty();
    assertThat(IdentifierType.fromCode(null)).isEmpty();
  }

  @Test
  void eachTypeNormalisesToItsIndexedForm() {
    String fnr = nationalId("150790");
    assertThat(IdentifierType.EMAIL.normalise(" Kari@Example.INVALID ").orElseThrow())
        .isEqualTo("kari@example.invalid");
    assertThat(IdentifierType.PHONE.normalise("400 00 000").orElseThrow()).isEqualTo("+4740000000");
    assertThat(
            IdentifierType.NATIONAL_ID
                .normalise(fnr.substring(0, 6) + " " + fnr.substring(6))
                .orElseThrow())
        .isEqualTo(fnr);
    assertThat(IdentifierType.ORGANISATION_NUMBER.normalise("123 456 785").orElseThrow())
        .isEqualTo("123456785");
    assertThat(IdentifierType.BANK_ACCOUNT.normalise("NO93 8601 1117 947").orElseThrow())
        .isEqualTo("86011117947");
  }

  @Test
  void customerAndCaseNumbersLoseWhitespaceAndCase() {
    assertThat(IdentifierType.CUSTOMER_NUMBER.normalise(" ab 123\tc ").orElseThrow())
        .isEqualTo("AB123C");
    assertThat(IdentifierType.CASE_NUMBER.normalise("sak-2024/17").orElseThrow())
        .isEqualTo("SAK-2024/17");
  }

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void blankInputIsRequiredForEveryType(IdentifierType type) {
    assertThat(type.normalise("  ").reasons()).extracting(Reason::code).containsExactly("required");
    assertThat(type.normalise(null).isValid()).isFalse();
  }

  @Test
  void invalidInputGivesTheTypesReasons() {
    assertThat(IdentifierType.EMAIL.normalise("kari").reasons())
        .extracting(Reason::code)
        .containsExactly(Reason.FORMAT);
  }

  @Test
  void syntheticNationalIdsAreNormalisedOnlyWhenAllowed() {
    String synthetic = nationalId("018190");

    assertThat(IdentifierType.NATIONAL_ID.normalise(synthetic).isValid()).isFalse();
    assertThat(IdentifierType.NATIONAL_ID.normalise(synthetic, true).orElseThrow())
        .isEqualTo(synthetic);
    assertThat(IdentifierType.PHONE.normalise("400 00 000", true).isValid()).isTrue();
  }
}
