package no.vern.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DueDayTests {

  static final LocalDate COLLECTED = LocalDate.of(2024, 3, 10);

  @Test
  void aMonthPeriodEndsOnTheLastDayOfAShorterMonth() {
    assertThat(DueDay.due(LocalDate.of(2025, 11, 30), Period.ofMonths(3)))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(DueDay.due(LocalDate.of(2024, 2, 29), Period.ofYears(3)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(DueDay.due(LocalDate.of(2024, 12, 31), Period.parse("P3Y6M")))
        .isEqualTo(LocalDate.of(2028, 6, 30));
  }

  @Test
  void theFiscalYearEndsOnTheLastDayOfTheYearOfCollection() {
    assertThat(DueDay.triggerDay(TriggerKind.FISCAL_YEAR_END, COLLECTED, null, null, null))
        .contains(LocalDate.of(2024, 12, 31));
  }

  @Test
  void aRelationshipCountsFromTheLaterOfEndedAndSettledButNeverFromSettledAlone() {
    LocalDate ended = LocalDate.of(2024, 4, 30);
    LocalDate settled = LocalDate.of(2024, 8, 31);
    assertThat(DueDay.triggerDay(TriggerKind.RELATIONSHIP_ENDED, COLLECTED, ended, null, settled))
        .contains(settled);
    assertThat(DueDay.triggerDay(TriggerKind.RELATIONSHIP_ENDED, COLLECTED, null, null, settled))
        .isEmpty();
  }

  @Test
  void anAntiMoneyLaunderingRelationshipCountsFromItsEndSettledOrNot() {
    LocalDate ended = LocalDate.of(2024, 4, 30);
    LocalDate settled = LocalDate.of(2024, 8, 31);
    assertThat(TriggerKind.of("aml-relationship-ended"))
        .isEqualTo(TriggerKind.CUSTOMER_RELATIONSHIP_ENDED);
    assertThat(
            DueDay.triggerDay(
                TriggerKind.CUSTOMER_RELATIONSHIP_ENDED, COLLECTED, ended, null, settled))
        .contains(ended);
  }

  @Test
  void aReportedDayLaterThanTheRecordsOwnWins() {
    LocalDate own = LocalDate.of(2024, 1, 1);
    LocalDate reported = LocalDate.of(2024, 6, 1);
    assertThat(DueDay.triggerDay(TriggerKind.LAST_CONTACT, COLLECTED, own, reported, null))
        .contains(reported);
  }

  @Test
  void anUnknownTriggerWaitsForAReportOfItsOwnId() {
    assertThat(TriggerKind.of("assignment-ended")).isEqualTo(TriggerKind.REPORTED);
    assertThat(DueDay.triggerDay(TriggerKind.REPORTED, COLLECTED, null, null, null)).isEmpty();
    assertThat(TriggerKind.of("collected").reportable()).isFalse();
  }

  @Test
  void everyTriggerDayThatMakesARecordDueLiesOnOrBeforeTheLatestTriggerDay() {
    for (String iso : new String[] {"P1M", "P3M", "P14M", "P3Y", "P5Y", "P3Y6M", "P0D", "P1M2D"}) {
      Period period = Period.parse(iso);
      for (LocalDate t = LocalDate.of(2023, 1, 1);
          t.isBefore(LocalDate.of(2025, 1, 1));
          t = t.plusDays(1)) {
        LocalDate due = DueDay.due(t, period);
        assertThat(t)
            .as(iso + " from " + t)
            .isBeforeOrEqualTo(DueDay.latestTriggerDay(due, period));
      }
    }
  }
}
