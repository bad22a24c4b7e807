package no.vern.breach.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The 72 hours of Art. 33(1). The period is counted in elapsed hours from the moment the
 * organisation became aware: no weekend or holiday extension (the Deadlines of the rights do not
 * apply), and on an {@link Instant}, so a change to or from summer time neither adds nor takes away
 * an hour. Oslo time is only how it is shown.
 */
public final class BreachClock {

  public static final Duration PERIOD = Duration.ofHours(72);
  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** The DPO is reminded when this many hours are left, each once; largest first. */
  public static final List<Integer> ALERT_HOURS = List.of(24, 6);

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx '('VV')'");

  private BreachClock() {}

  public static Instant notifyBy(Instant awareAt) {
    return awareAt.plus(PERIOD);
  }

  /** The deadline as an ISO instant with Oslo's offset at that moment (+01:00 or +02:00). */
  public static ZonedDateTime inOslo(Instant at) {
    return at.atZone(OSLO);
  }

  /** "2026-03-31 00:59 +02:00 (Europe/Oslo)". */
  public static String shown(Instant at) {
    return SHOWN.format(inOslo(at));
  }

  /** Time left until the deadline; negative once it has passed. */
  public static Duration left(Instant notifyBy, Instant now) {
    return Duration.between(now, notifyBy);
  }

  /** A notification given after the deadline must give the reasons for the delay. */
  public static boolean late(Instant notifyBy, Instant notifiedAt) {
    return notifiedAt.isAfter(notifyBy);
  }

  /**
   * The reminder due now: the smallest threshold already reached and not yet sent. Thresholds
   * passed while Vern was down collapse into the latest one, so the DPO gets one mail, not two.
   * None once the deadline has passed.
   */
  public static Optional<Integer> alertDue(Instant notifyBy, Instant now, List<Integer> sent) {
    Duration left = left(notifyBy, now);
    if (left.isNegative() || left.isZero()) {
      return Optional.empty();
    }
    Optional<Integer> due = Optional.empty();
    for (int hours : ALERT_HOURS) {
      if (left.compareTo(Duration.ofHours(hours)) <= 0) {
        due = Optional.of(hours);
      }
    }
    return due.filter(h -> sent.stream().noneMatch(s -> s <= h));
  }

  /** "1 d 23 h 05 min", or with a minus sign once overdue; for pages and mails. */
  public static String remaining(Duration left) {
    Duration d = left.abs();
    String text =
        (d.toDays() > 0 ? d.toDays() + " d " : "")
            + d.toHoursPart()
            + " h "
            + String.format("%02d", d.toMinutesPart())
            + " min";
    return left.isNegative() ? "-" + text : text;
  }
}
