package no.vern.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates Vern accepts from outside: the years 1900 to 9999. PostgreSQL's {@code timestamptz}
 * holds 4713 BC to 294276 AD and Java's {@code Instant} far more, so a date sent as {@code
 * -4714-11-23T00:00:00Z} or {@code +999999999-12-31T23:59:59Z} failed only at the insert, as a 500.
 * Nothing Vern records (a collection, a contact, a consent) happened before 1900, and four-digit
 * years are what every export and form shows.
 */
public final class StorableDates {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 9999;
  public static final String RULE =
      "Must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR + ".";

  private static final Instant FIRST =
      LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END =
      LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private StorableDates() {}

  public static boolean holds(Instant instant) {
    return !instant.isBefore(FIRST) && instant.isBefore(END);
  }

  public static boolean holds(LocalDate date) {
    return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
  }
}
