package no.vern.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2025-01-31, 2025-02-28", // same day number missing: the month's last day
    "2024-01-31, 2024-02-29", // leap year
    "2025-01-15, 2025-02-17", // 15 February is a Saturday
    "2025-04-17, 2025-05-19", // 17 May is Constitution Day and a Saturday
    "2025-03-17, 2025-04-22", // 17 April Maundy Thursday, Good Friday, weekend, Easter Monday
    "2025-04-29, 2025-05-30", // 29 May is Ascension Day
  })
  void oneMonthFollowsDomainRules(LocalDate received, LocalDate due) {
    assertThat(Deadlines.oneMonthAfter(received)).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2038, 2038-04-25"})
  void easterByTheAnonymousGregorianAlgorithm(int year, LocalDate easter) {
    assertThat(Deadlines.easterSunday(year)).isEqualTo(easter);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-04-17",
    "2025-04-18",
    "2025-04-21",
    "2025-05-29",
    "2025-06-09",
    "2025-05-01",
    "2025-12-25",
    "2025-12-26",
    "2026-01-01"
  })
  void norwegianPublicHolidays(LocalDate day) {
    assertThat(Deadlines.isPublicHoliday(day)).isTrue();
    assertThat(Deadlines.isWorkingDay(day)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"2025-04-16", "2025-04-22", "2025-05-02", "2025-12-24", "2025-05-28"})
  void ordinaryWeekdaysAreWorkingDays(LocalDate day) {
    assertThat(Deadlines.isWorkingDay(day)).isTrue();
  }
}
