package no.vern.dsr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTests {

  @ParameterizedTest(name = "received {0}, due {1}")
  @CsvSource({
    "2025-01-31, 2025-02-28",
    "2024-01-31, 2024-02-29",
    "2025-01-15, 2025-02-17",
    "2025-04-17, 2025-05-19"
  })
  void theFirstDueDateFollowsEachRowOfTheDomainTable(LocalDate received, LocalDate due) {
    assertThat(DueDates.first(received)).isEqualTo(due);
  }

  @Test
  void anExtendedRequestIsDueThreeMonthsFromReceiptOnAWorkingDay() {
    // 2025-01-31 plus three months is 2025-04-30, a Wednesday.
    assertThat(DueDates.extended(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 4, 30));
    // 2025-01-17 plus three months is 2025-04-17, Maundy Thursday; then Good Friday, the weekend
    // and Easter Monday: the next working day is Tuesday 22 April.
    assertThat(DueDates.extended(LocalDate.of(2025, 1, 17))).isEqualTo(LocalDate.of(2025, 4, 22));
  }

  @Test
  void anExtensionIsAllowedUpToAndIncludingTheFirstDueDateAndRefusedTheDayAfter() {
    LocalDate received = LocalDate.of(2025, 1, 31);
    assertThat(DueDates.extensionRefusal(received, LocalDate.of(2025, 2, 28), false)).isEmpty();
    assertThat(DueDates.extensionRefusal(received, LocalDate.of(2025, 3, 1), false))
        .contains("after-due-date");
  }

  @Test
  void aSecondExtensionIsRefused() {
    LocalDate received = LocalDate.of(2025, 1, 31);
    assertThat(DueDates.extensionRefusal(received, received, true)).contains("already-extended");
  }
}
