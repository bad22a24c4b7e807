package no.vern.intake.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import no.vern.inventory.Source;
import org.junit.jupiter.api.Test;

/**
 * Art. 14(3): the earliest of one month after collection, the first letter, the first disclosure.
 */
class InformByTests {

  static final Source CLIENT = new Source(Source.Kind.THIRD_PARTY, null, null);
  static final Source PERSON = new Source(Source.Kind.DATA_SUBJECT, "contact-form", null);
  static final Instant COLLECTED = Instant.parse("2025-01-15T10:00:00Z");

  @Test
  void dataFromThePersonHasNoArticle14DateWhateverTheOtherDates() {
    assertThat(InformBy.of(PERSON, COLLECTED, at("2025-01-16T09:00:00Z"), null)).isNull();
  }

  @Test
  void withoutEarlierContactItIsOneMonthAfterCollectionOnAWorkingDay() {
    // 15 February 2025 is a Saturday: the month ends on Monday the 17th.
    assertThat(InformBy.of(CLIENT, COLLECTED, null, null)).isEqualTo(LocalDate.of(2025, 2, 17));
    // A month without the 31st ends on its last day.
    assertThat(InformBy.of(CLIENT, at("2025-01-31T10:00:00Z"), null, null))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void aFirstLetterOrDisclosureAfterTheMonthLeavesTheMonth() {
    assertThat(
            InformBy.of(CLIENT, COLLECTED, at("2025-03-01T09:00:00Z"), at("2025-02-17T09:00:00Z")))
        .isEqualTo(LocalDate.of(2025, 2, 17));
  }

  @Test
  void aFirstLetterWithinTheMonthIsTheDayItselfEvenOnASaturday() {
    // 14(3)(b): "at the latest at the time of the first communication".
    assertThat(InformBy.of(CLIENT, COLLECTED, at("2025-01-25T09:00:00Z"), null))
        .isEqualTo(LocalDate.of(2025, 1, 25));
  }

  @Test
  void aFirstDisclosureWithinTheMonthIsTheDayItself() {
    // 14(3)(c): "at the latest when the personal data are first disclosed".
    assertThat(InformBy.of(CLIENT, COLLECTED, null, at("2025-02-03T12:00:00Z")))
        .isEqualTo(LocalDate.of(2025, 2, 3));
  }

  @Test
  void theEarliestOfLetterAndDisclosureWins() {
    assertThat(
            InformBy.of(CLIENT, COLLECTED, at("2025-02-10T09:00:00Z"), at("2025-01-28T09:00:00Z")))
        .isEqualTo(LocalDate.of(2025, 1, 28));
    assertThat(
            InformBy.of(CLIENT, COLLECTED, at("2025-01-21T09:00:00Z"), at("2025-01-28T09:00:00Z")))
        .isEqualTo(LocalDate.of(2025, 1, 21));
  }

  @Test
  void theDayIsTheNorwegianCalendarDay() {
    // 23:30 UTC on 19 January is already the 20th in Oslo.
    assertThat(InformBy.of(CLIENT, COLLECTED, at("2025-01-19T23:30:00Z"), null))
        .isEqualTo(LocalDate.of(2025, 1, 20));
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
