package no.vern.shared.identifier;

import static no.vern.shared.identifier.IdentifierFixtures.bankAccount;
import static no.vern.shared.identifier.IdentifierFixtures.bankAccountSumRemainder;
import static no.vern.shared.identifier.IdentifierFixtures.first;
import static no.vern.shared.identifier.IdentifierFixtures.wrongLastDigit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountNumberTests {

  private static final String ACCOUNT = first(i -> bankAccount(String.format("1234560%03d", i)));

  @Test
  void elevenDigitsAreAcceptedWithSpacesAndDotsRemoved() {
    String typed =
        ACCOUNT.substring(0, 4) + "." + ACCOUNT.substring(4, 6) + " " + ACCOUNT.substring(6);

    assertThat(BankAccountNumber.parse(typed).orElseThrow().value()).isEqualTo(ACCOUNT);
  }

  @Test
  void aRemainderOfZeroGivesCheckDigitZero() {
    String account =
        first(
            i ->
                bankAccountSumRemainder(String.format("1234560%03d", i)) == 0
                    ? bankAccount(String.format("1234560%03d", i))
                    : null);

    assertThat(account).endsWith("0");
    assertThat(BankAccountNumber.parse(account).isValid()).isTrue();
  }

  @Test
  void aRemainderOfOneIsNeverIssued() {
    String first10 =
        first(
            i -> {
              String candidate = String.format("1234560%03d", i);
              return bankAccountSumRemainder(candidate) == 1 ? candidate : null;
            });

    for (int digit = 0; digit <= 9; digit++) {
      assertThat(codes(first10 + digit)).containsExactly(Reason.CONTROL_DIGIT);
    }
  }

  @Test
  void aWrongCheckDigitIsRefused() {
    assertThat(codes(wrongLastDigit(ACCOUNT))).containsExactly(Reason.CONTROL_DIGIT);
  }

  @Test
  void allZerosAndBankCodeZeroAreRefused() {
    assertThat(codes("00000000000")).containsExactly(Reason.BANK_CODE);
    String zeroBank = first(i -> bankAccount(String.format("0000560%03d", i)));
    assertThat(codes(zeroBank)).containsExactly(Reason.BANK_CODE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567890", "123456789012"})
  void theWrongLengthIsRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234-56-78903", "1234 56 7890x"})
  void otherCharactersAreRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.FORMAT);
  }

  @Test
  void theIbanIsComputedAndAcceptedBack() {
    var account = BankAccountNumber.parse(ACCOUNT).orElseThrow();

    assertThat(account.iban()).matches("NO\\d{2}" + ACCOUNT);
    assertThat(BankAccountNumber.parse(account.iban()).orElseThrow()).isEqualTo(account);
  }

  @Test
  void theIbanRegistrysOwnExampleChecks() {
    // The published example of the SWIFT IBAN registry for Norway, not anyone's account.
    var example = BankAccountNumber.parse("NO93 8601 1117 947").orElseThrow();

    assertThat(example.value()).isEqualTo("86011117947");
    assertThat(example.iban()).isEqualTo("NO9386011117947");
    assertThat(BankAccountNumber.parse("no9386011117947").isValid()).isTrue();
  }

  @Test
  void anIbanWithWrongCheckDigitsIsRefused() {
    String iban = BankAccountNumber.parse(ACCOUNT).orElseThrow().iban();
    String wrong = "NO" + String.format("%02d", (Integer.parseInt(iban.substring(2, 4)) + 1) % 100);

    assertThat(codes(wrong + ACCOUNT)).containsExactly(Reason.CONTROL_DIGIT);
  }

  @Test
  void anIbanWhoseAccountFailsItsCheckDigitIsRefused() {
    // Valid ISO check digits computed over an account number whose own check digit is wrong.
    String account = wrongLastDigit(ACCOUNT);
    int check =
        98
            - new java.math.BigInteger(account + "232400")
                .mod(java.math.BigInteger.valueOf(97))
                .intValue();

    assertThat(codes(String.format("NO%02d%s", check, account)))
        .containsExactly(Reason.CONTROL_DIGIT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SE4550000000058398257466", "NOXX86011117947"})
  void foreignOrMalformedIbansAreRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.FORMAT);
  }

  @Test
  void anIbanOfTheWrongLengthIsRefused() {
    assertThat(codes("NO93860111179")).containsExactly(Reason.LENGTH);
  }

  @Test
  void nothingIsRequired() {
    assertThat(codes(" ")).containsExactly(Reason.REQUIRED);
    assertThat(codes(null)).containsExactly(Reason.REQUIRED);
  }

  private static List<String> codes(String raw) {
    return BankAccountNumber.parse(raw).reasons().stream().map(Reason::code).toList();
  }
}
