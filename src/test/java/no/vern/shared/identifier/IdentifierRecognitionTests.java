package no.vern.shared.identifier;

import static no.vern.shared.identifier.IdentifierType.BANK_ACCOUNT;
import static no.vern.shared.identifier.IdentifierType.CASE_NUMBER;
import static no.vern.shared.identifier.IdentifierType.CUSTOMER_NUMBER;
import static no.vern.shared.identifier.IdentifierType.EMAIL;
import static no.vern.shared.identifier.IdentifierType.NATIONAL_ID;
import static no.vern.shared.identifier.IdentifierType.ORGANISATION_NUMBER;
import static no.vern.shared.identifier.IdentifierType.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierRecognitionTests {

  @Test
  void anAtSignIsAnEMailAddress() {
    assertThat(IdentifierRecognition.candidates(" Person@Example.invalid ")).containsExactly(EMAIL);
  }

  @Test
  void eightDigitsOrAPlusOrDoubleZeroIsAPhoneNumber() {
    assertThat(IdentifierRecognition.candidates("400 00 000")).containsExactly(PHONE);
    assertThat(IdentifierRecognition.candidates("+47 400 00 000")).containsExactly(PHONE);
    assertThat(IdentifierRecognition.candidates("0044 20 7946 0000")).containsExactly(PHONE);
    assertThat(IdentifierRecognition.candidates("+4420 7946 0000")).containsExactly(PHONE);
  }

  @Test
  void elevenDigitsWithValidControlDigitsAreANationalIdFirst() {
    String id = IdentifierFixtures.nationalId("010190");
    assertThat(IdentifierRecognition.candidates(id))
        .containsExactly(NATIONAL_ID, BANK_ACCOUNT); // the same mod-11 check: both are possible
    assertThat(IdentifierRecognition.candidates(id.substring(0, 6) + " " + id.substring(6)))
        .startsWith(NATIONAL_ID);
  }

  @Test
  void elevenDigitsThatAreNoDateAreABankAccountWhenItsCheckHolds() {
    String account = IdentifierFixtures.bankAccount("1234567890");
    assertThat(IdentifierRecognition.candidates(account)).containsExactly(BANK_ACCOUNT);
    assertThat(IdentifierRecognition.candidates("NO93 8601 1117 947"))
        .containsExactly(BANK_ACCOUNT);
  }

  @Test
  void elevenDigitsThatAreNeitherReadAsAMistypedNationalId() {
    String id = IdentifierFixtures.nationalId("010190");
    String typo = id.substring(0, 10) + (char) ('0' + (id.charAt(10) - '0' + 1) % 10);
    assertThat(IdentifierRecognition.candidates(typo)).containsExactly(NATIONAL_ID);
  }

  @Test
  void anythingElseIsTheControllersOwnReference() {
    assertThat(IdentifierRecognition.candidates("AB 123"))
        .containsExactly(CUSTOMER_NUMBER, CASE_NUMBER);
    assertThat(IdentifierRecognition.candidates("12345"))
        .containsExactly(CUSTOMER_NUMBER, CASE_NUMBER);
    assertThat(IdentifierRecognition.candidates("974760673"))
        .containsExactly(ORGANISATION_NUMBER, CUSTOMER_NUMBER, CASE_NUMBER);
  }
}
