package no.vern.dsr.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtherPeopleTests {

  @Test
  void fieldsThatNameACoDebtorOrGuarantorAreFlaggedByNameInEitherLanguage() {
    Map<String, Object> data =
        Map.of(
            "claim", "1200 NOK",
            "coDebtor", Map.of("name", "Synthetic Person"),
            "case", Map.of("kausjonist", "Synthetic Guarantor"));

    assertThat(OtherPeople.mentionedIn(data, "third-party"))
        .containsExactlyInAnyOrder("coDebtor", "case.kausjonist");
  }

  @Test
  void freeTextFromSomeoneElseIsFlaggedButThePersonsOwnWordsAreTheirs() {
    Map<String, Object> note =
        Map.of("note", "The debtor says their brother will pay the rest next month");

    assertThat(OtherPeople.mentionedIn(note, "third-party")).containsExactly("note");
    assertThat(OtherPeople.mentionedIn(note, "contact-form")).isEmpty();
    assertThat(
            OtherPeople.mentionedIn(Map.of("amount", 1200, "claim", "Invoice 17"), "third-party"))
        .isEmpty();
  }

  @Test
  void listsAreSearchedToo() {
    assertThat(
            OtherPeople.mentionedIn(
                Map.of("parties", List.of(Map.of("guarantor", "x"))), "third-party"))
        .containsExactly("parties.guarantor");
  }
}
