package no.vern.shared.time;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a module writes a time it formats in Java for an admin page, the way {@code system.web.Times}
 * writes one in a template: in the installation's zone ({@code VernSettings.timeZone()}, {@code
 * VERN_TIME_ZONE}) with the zone's short name beside it, "2026-03-01 14:05 CET" (issue 16). Prefer
 * passing the {@code Instant} to the template and {@code ${@times.at(t)}}; this is for the texts a
 * module builds itself (an overview counter, a row record of strings).
 */
public final class ShownTimes {

  private ShownTimes() {}

  /** To the minute: "2026-03-01 14:05 CET". */
  public static DateTimeFormatter minutes(ZoneId zone) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH).withZone(zone);
  }

  /** To the second: "2026-03-01 14:05:09 CET". */
  public static DateTimeFormatter seconds(ZoneId zone) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ENGLISH).withZone(zone);
  }
}
