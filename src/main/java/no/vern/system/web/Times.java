package no.vern.system.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.vern.shared.VernSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Times on the admin pages in one time zone, the installation's ({@code VERN_TIME_ZONE}, by default
 * Europe/Oslo), with the zone written beside each: "2026-03-01 14:05 CET" (issue 16). Templates
 * call {@code ${@times.at(t)}}; a stored time is UTC, so a {@code LocalDateTime} is read as UTC.
 * The zone's short name is in English in both languages ("CET", "CEST"), as Norwegians write it
 * too. Deadlines keep their own zone (Norway's, {@code shared.time.Deadlines}): this is only how a
 * time is shown.
 */
@Component("times")
public class Times {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ENGLISH);

  private final ZoneId zone;

  Times(VernSettings settings) {
    this.zone = settings.timeZone();
  }

  /** The zone times are shown in, e.g. {@code Europe/Oslo}. */
  public ZoneId zone() {
    return zone;
  }

  /** To the minute, with the zone: "2026-03-01 14:05 CET"; "" for none. */
  public String at(@Nullable Object time) {
    ZonedDateTime t = zoned(time);
    return t == null ? "" : MINUTES.format(t);
  }

  /** To the second, with the zone, where order within a minute matters (the audit trail). */
  public String exact(@Nullable Object time) {
    ZonedDateTime t = zoned(time);
    return t == null ? "" : SECONDS.format(t);
  }

  /** The day in the zone: "2026-03-01"; "" for none. */
  public String day(@Nullable Object time) {
    ZonedDateTime t = zoned(time);
    return t == null ? "" : t.toLocalDate().toString();
  }

  private @Nullable ZonedDateTime zoned(@Nullable Object time) {
    if (time == null) {
      return null;
    }
    if (time instanceof Instant i) {
      return i.atZone(zone);
    }
    if (time instanceof OffsetDateTime o) {
      return o.atZoneSameInstant(zone);
    }
    if (time instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(zone);
    }
    if (time instanceof LocalDateTime l) {
      return l.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
    }
    throw new IllegalArgumentException("Not a point in time: " + time.getClass());
  }
}
