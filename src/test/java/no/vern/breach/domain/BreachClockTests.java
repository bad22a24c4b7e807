package no.vern.breach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreachClockTests {

  private static Instant oslo(String local, String offset) {
    return OffsetDateTime.parse(local + offset).toInstant();
  }

  @Test
  void awarenessJustBeforeSummerTimeIsDueSeventyTwoElapsedHoursLaterShownInSummerTime() {
    Instant aware = oslo("2026-03-27T23:59:00", "+01:00");

    Instant due = BreachClock.notifyBy(aware);

    assertThat(BreachClock.inOslo(due).toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2026-03-31T00:59:00+02:00"));
    assertThat(Duration.between(aware, due)).isEqualTo(Duration.ofHours(72));
    assertThat(BreachClock.shown(due)).isEqualTo("2026-03-31 00:59 +02:00 (Europe/Oslo)");
  }

  @Test
  void theEndOfSummerTimeTakesNoHourAwayAndAWeekendAddsNone() {
    // Friday evening before the clocks go back on Sunday 25 October 2026.
    Instant aware = oslo("2026-10-23T18:00:00", "+02:00");

    Instant due = BreachClock.notifyBy(aware);

    assertThat(BreachClock.inOslo(due).toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2026-10-26T17:00:00+01:00"));
  }

  @Test
  void aNotificationIsLateOnlyAfterTheDeadline() {
    Instant due = oslo("2026-03-31T00:59:00", "+02:00");

    assertThat(BreachClock.late(due, due)).isFalse();
    assertThat(BreachClock.late(due, due.plusSeconds(1))).isTrue();
    assertThat(BreachClock.late(due, due.minusSeconds(3600))).isFalse();
  }

  @Test
  void theDpoIsRemindedAtTwentyFourAndAtSixHoursLeftEachOnce() {
    Instant due = Instant.parse("2026-05-04T12:00:00Z");

    assertThat(BreachClock.alertDue(due, due.minus(Duration.ofHours(30)), List.of())).isEmpty();
    assertThat(BreachClock.alertDue(due, due.minus(Duration.ofHours(24)), List.of())).contains(24);
    assertThat(BreachClock.alertDue(due, due.minus(Duration.ofHours(20)), List.of(24))).isEmpty();
    assertThat(BreachClock.alertDue(due, due.minus(Duration.ofHours(6)), List.of(24))).contains(6);
    assertThat(BreachClock.alertDue(due, due.minus(Duration.ofHours(2)), List.of(24, 6))).isEmpty();
    // Vern was down through the 24-hour mark: one mail, the one that still matters.
    assertThat(BreachClock.alertDue(due, due.minus(Duration.ofHours(5)), List.of())).contains(6);
    assertThat(BreachClock.alertDue(due, due.plusSeconds(1), List.of())).isEmpty();
  }

  @Test
  void theTimeLeftReadsInDaysHoursAndMinutesAndOverdueWithAMinus() {
    assertThat(BreachClock.remaining(Duration.ofMinutes(26 * 60 + 5))).isEqualTo("1 d 2 h 05 min");
    assertThat(BreachClock.remaining(Duration.ofMinutes(-90))).isEqualTo("-1 h 30 min");
  }
}
