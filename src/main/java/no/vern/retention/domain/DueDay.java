package no.vern.retention.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The day a record is due under its rule: the trigger's day plus the period, a month ending on the
 * day with the same number or the month's last day (31 January plus one month is 28 or 29
 * February), exactly as PostgreSQL adds an interval to a date, which the sweep's SQL does.
 */
public final class DueDay {

  private DueDay() {}

  /**
   * The trigger day by kind: the record's collection day, a column date and reported dates. Empty
   * while the trigger has not happened (the record waits for it).
   */
  public static Optional<LocalDate> triggerDay(
      TriggerKind kind,
      LocalDate collected,
      LocalDate column,
      LocalDate reported,
      LocalDate settled) {
    return switch (kind) {
      case COLLECTED -> Optional.of(collected);
      case FISCAL_YEAR_END -> Optional.of(LocalDate.of(collected.getYear(), 12, 31));
      case LAST_CONTACT, CASE_CLOSED, CUSTOMER_RELATIONSHIP_ENDED -> later(column, reported);
      case RELATIONSHIP_ENDED ->
          later(column, reported).map(ended -> later(ended, settled).orElse(ended));
      case REPORTED -> Optional.ofNullable(reported);
    };
  }

  public static LocalDate due(LocalDate triggerDay, Period period) {
    return triggerDay.plus(period);
  }

  /**
   * The latest trigger day that can make a record due by {@code day}: adding months may clamp to a
   * month's end, which subtracting them again does not undo by up to three days (31 January + 1
   * month - 1 month = 28 January), so {@code t + period <= day} implies {@code t <= day - period +
   * 3 days}. Lets the sweep read candidates from an index on the trigger's column.
   */
  public static LocalDate latestTriggerDay(LocalDate day, Period period) {
    return day.minus(period).plusDays(3);
  }

  private static Optional<LocalDate> later(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return Optional.ofNullable(a == null ? b : a);
    }
    return Optional.of(a.isAfter(b) ? a : b);
  }
}
