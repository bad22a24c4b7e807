package no.vern.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import no.vern.subject.domain.RetentionDue.State;
import no.vern.subject.domain.RetentionDue.TriggerDates;
import org.junit.jupiter.api.Test;

class RetentionDueTests {

  private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
  private static final Instant COLLECTED = Instant.parse("2025-01-15T10:00:00Z");

  @Test
  void thePeriodRunsFromTheTriggerDayInNorway() {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    var dates = new TriggerDates(COLLECTED, null, null, Instant.parse("2025-12-31T23:30:00Z"));
    assertThat(RetentionDue.of("case-closed", Period.ofYears(3), dates, NORWAY))
        .isEqualTo(new RetentionDue(State.DUE, LocalDate.of(2029, 1, 1)));
    assertThat(RetentionDue.of("collected", Period.ofMonths(12), dates, NORWAY).day())
        .isEqualTo(LocalDate.of(2026, 1, 15));
  }

  @Test
  void eachRecordedTriggerUsesItsOwnDate() {
    var dates =
        new TriggerDates(
            COLLECTED,
            Instant.parse("2025-03-01T10:00:00Z"),
            Instant.parse("2025-04-01T10:00:00Z"),
            null);
    assertThat(RetentionDue.of("last-contact", Period.ofYears(1), dates, NORWAY).day())
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(RetentionDue.of("relationship-ended", Period.ofYears(1), dates, NORWAY).day())
        .isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void aTriggerThatHasNotHappenedHasNoDateYet() {
    var dates = new TriggerDates(COLLECTED, null, null, null);
    assertThat(RetentionDue.of("case-closed", Period.ofYears(3), dates, NORWAY))
        .isEqualTo(new RetentionDue(State.NOT_YET, null));
  }

  @Test
  void anEventVernDoesNotDatePerRecordIsSaidToBeSo() {
    var dates = new TriggerDates(COLLECTED, null, null, null);
    assertThat(RetentionDue.of("fiscal-year-end", Period.ofYears(5), dates, NORWAY).state())
        .isEqualTo(State.NOT_RECORDED);
    assertThat(RetentionDue.of(null, null, dates, NORWAY).state()).isEqualTo(State.NO_RULE);
  }
}
