package no.vern.shared.identifier;

import static no.vern.shared.identifier.IdentifierFixtures.nationalId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Identifiers are personal data: nothing that could reach a log may print them. */
class IdentifierMaskingTests {

  @Test
  void toStringRevealsNoDigitsAndNoAddress() {
    List<Object> identifiers =
        List.of(
            NationalIdentityNumber.parse(nationalId("150790")).orElseThrow(),
            BankAccountNumber.parse("86011117947").orElseThrow(),
            OrganisationNumber.parse("123456785").orElseThrow(),
            PhoneNumber.parse("+47 400 00 000").orElseThrow(),
            EmailAddress.parse("kari.nordmann@example.invalid").orElseThrow());

    for (Object identifier : identifiers) {
      String text = identifier.toString();
      assertThat(text).as(identifier.getClass().getSimpleName()).doesNotContainPattern("\\d");
      assertThat(text).doesNotContain("kari", "example", "nordmann").endsWith("[***]");
      assertThat(Parsed.valid(identifier).toString()).doesNotContainPattern("\\d");
    }
  }

  @Test
  void reasonsNeverEchoTheInput() {
    String wrong = nationalId("320190");
    List<Parsed<?>> refused =
        List.of(
            NationalIdentityNumber.parse(wrong),
            NationalIdentityNumber.parse(nationalId("018190")),
            BankAccountNumber.parse("86011117948"),
            OrganisationNumber.parse("123456786"),
            PhoneNumber.parse("4000000"),
            EmailAddress.parse("kari.nordmann@localhost"));

    for (Parsed<?> parsed : refused) {
      assertThat(parsed.reasons()).isNotEmpty();
      for (Reason reason : parsed.reasons()) {
        assertThat(reason.message())
            .doesNotContain(wrong, "8601111", "1234567", "4000000", "kari", "localhost");
      }
    }
  }

  @Test
  void theExceptionFromOrElseThrowCarriesTheReasonsButNotTheInput() {
    String wrong = IdentifierFixtures.wrongLastDigit(nationalId("150790"));

    assertThatThrownBy(() -> NationalIdentityNumber.parse(wrong).orElseThrow())
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("control digits")
        .hasMessageNotContaining(wrong)
        .satisfies(
            e ->
                assertThat(((InvalidIdentifierException) e).reasons())
                    .extracting(Reason::code)
                    .containsExactly(Reason.CONTROL_DIGIT));
  }
}
