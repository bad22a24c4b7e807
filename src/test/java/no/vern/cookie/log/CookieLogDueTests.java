package no.vern.cookie.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The bound of the index scan must take every day whose choices are due, and no later day. */
class CookieLogDueTests {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Test
  void theEndOfAMonthClampsSoTheLastDaysOfJanuaryAreDueOnTheLastOfFebruary() {
    // 29, 30 and 31 January plus a month are all 28 February 2025.
    assertThat(JdbcCookieLogRetention.before(Period.ofMonths(1), LocalDate.of(2025, 2, 28)))
        .isEqualTo(startOf(LocalDate.of(2025, 2, 1)));
    assertThat(JdbcCookieLogRetention.before(Period.ofMonths(1), LocalDate.of(2025, 2, 27)))
        .isEqualTo(startOf(LocalDate.of(2025, 1, 28)));
  }

  @Test
  void threeYearsFromALeapDayFallOnTheLastOfFebruary() {
    assertThat(JdbcCookieLogRetention.before(Period.ofYears(3), LocalDate.of(2027, 2, 28)))
        .isEqualTo(startOf(LocalDate.of(2024, 3, 1)));
    assertThat(JdbcCookieLogRetention.before(Period.ofYears(3), LocalDate.of(2027, 2, 27)))
        .isEqualTo(startOf(LocalDate.of(2024, 2, 28)));
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(OSLO).toOffsetDateTime();
  }
}
