package no.vern.intake.domain.screening;

import static no.vern.intake.domain.screening.Category.BANK_ACCOUNT;
import static no.vern.intake.domain.screening.Category.NATIONAL_ID;
import static no.vern.intake.domain.screening.Category.PAYMENT_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberScreeningTests {

  private final Screener screener = Screener.withBundledLexicons();
  private final String nationalId = ScreeningFixtures.syntheticNationalId(17, 5, 88);

  private Set<Category> categories(String text) {
    return screener.screen(text).categories();
  }

  @Test
  void findsASyntheticNationalIdWrittenInAnyCommonWay() {
    String spaced = nationalId.substring(0, 6) + " " + nationalId.substring(6);
    String dashed = nationalId.substring(0, 6) + "-" + nationalId.substring(6);
    assertThat(categories("fnr " + nationalId)).containsExactly(NATIONAL_ID);
    assertThat(categories("fnr " + spaced)).containsExactly(NATIONAL_ID);
    assertThat(categories("fnr " + dashed + ".")).containsExactly(NATIONAL_ID);
  }

  @Test
  void aNationalIdIsReportedAsSuchThoughItAlsoPassesTheAccountCheck() {
    // K2 uses the account weights, so every national id is a valid account number as well.
    assertThat(no.vern.shared.identifier.BankAccountNumber.parse(nationalId).isValid()).isTrue();
    assertThat(categories("Send it to " + nationalId)).containsExactly(NATIONAL_ID);
  }

  @Test
  void findsAccountNumbersGroupedUngroupedAndAsIban() {
    assertThat(categories("konto " + ScreeningFixtures.ACCOUNT_EXAMPLE))
        .containsExactly(BANK_ACCOUNT);
    assertThat(categories("konto 1234 56 78903")).containsExactly(BANK_ACCOUNT);
    assertThat(categories("account 12345678903")).containsExactly(BANK_ACCOUNT);
    assertThat(categories("IBAN NO93 8601 1117 947")).containsExactly(BANK_ACCOUNT);
  }

  @Test
  void anAccountNumberWithAWrongCheckDigitIsNotOne() {
    assertThat(categories("konto 1234.56.78904")).isEmpty();
  }

  @Test
  void findsTestCardNumbers() {
    assertThat(categories("card " + ScreeningFixtures.VISA_TEST)).containsExactly(PAYMENT_CARD);
    assertThat(categories("kort " + ScreeningFixtures.MASTERCARD_TEST))
        .containsExactly(PAYMENT_CARD);
    assertThat(categories("Amex 3782 822463 10005")).containsExactly(PAYMENT_CARD);
  }

  @Test
  void aLuhnValidNumberWithoutACardIssuerPrefixIsNotACard() {
    assertThat(categories("nummer 1234567890128")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "KID 2004500123450", // passes Luhn, issuer digit 2
        "KID-nummer 30001234567", // passes the account mod-11
        "Fakturanr. 4500012345678",
        "Ordrenummer 4111111111111111",
        "Invoice 12345678903 is overdue",
        "Ring 912 34 567 eller +47 22 33 44 55",
        "Org.nr. 987 654 321",
        "Perioden 20.01.2025-19.02.2025",
        "Beløp kr 12 345 678,00 betalt 04.11.2024",
        "Postboks 4111, 1111 Oslo"
      })
  void leavesReferencesPhoneNumbersAmountsAndDatesAlone(String text) {
    assertThat(categories(text)).isEmpty();
  }

  @Test
  void aGroupedAccountNumberAfterAnInvoiceLabelIsStillAnAccount() {
    // Grouping 4.2.5 is how accounts are written; KIDs and invoice numbers are not written so.
    assertThat(categories("Betal faktura til 1234.56.78903")).containsExactly(BANK_ACCOUNT);
  }

  @Test
  void findsANumberAmongOtherNumbers() {
    var screening = screener.screen("betalt 2500 " + nationalId + " i går");
    assertThat(screening.categories()).containsExactly(NATIONAL_ID);
    Finding finding = screening.findings().get(0);
    assertThat(finding.start()).isEqualTo("betalt 2500 ".length());
    assertThat(finding.end()).isEqualTo(finding.start() + 11);
  }
}
