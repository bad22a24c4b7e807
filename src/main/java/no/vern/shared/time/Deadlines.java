package no.vern.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Set;

/**
 * Periods counted as in Regulation (EEC, Euratom) No 1182/71 Art. 3, which Norway's domstolloven §§
 * 148-149 agrees with: the day of receipt does not count, a month ends on the day with the same
 * number (or the month's last day), and an end on a Saturday, Sunday or public holiday moves to the
 * next working day.
 */
public final class Deadlines {

  /** Norwegian deadlines run on Norwegian calendar days, whatever zone the server is in. */
  public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  private static final Set<MonthDay> FIXED_HOLIDAYS =
      Set.of(
          MonthDay.of(1, 1),
          MonthDay.of(5, 1),
          MonthDay.of(5, 17),
          MonthDay.of(12, 25),
          MonthDay.of(12, 26));

  /** Easter Sunday plus these days: Maundy Thursday to Whit Monday. */
  private static final Set<Integer> EASTER_OFFSETS = Set.of(-3, -2, 0, 1, 39, 49, 50);

  private Deadlines() {}

  /** The last day of a one-month period starting with the day {@code received}. */
  public static LocalDate oneMonthAfter(LocalDate received) {
    // plusMonths keeps the day number or, when the month is shorter, takes its last day.
    return nextWorkingDay(received.plusMonths(1));
  }

  /** {@code day} itself when it is a working day, else the first working day after it. */
  public static LocalDate nextWorkingDay(LocalDate day) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isPublicHoliday(day);
  }

  public static boolean isPublicHoliday(LocalDate day) {
    if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
      return true;
    }
    long fromEaster = easterSunday(day.getYear()).until(day, java.time.temporal.ChronoUnit.DAYS);
    return EASTER_OFFSETS.contains((int) fromEaster);
  }

  /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
