package no.vern.cookie.log;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A cookie's maximum age in words ("13 måneder", "30 minutes"), from its ISO-8601 duration. */
final class Lifetimes {

  private Lifetimes() {}

  static String words(String iso, String language) {
    boolean nb = "nb".equals(language);
    List<String> parts = new ArrayList<>();
    try {
      int t = iso.indexOf('T');
      if (t != 1) {
        Period p = Period.parse(t < 0 ? iso : iso.substring(0, t));
        add(parts, p.getYears(), nb ? "år" : "year", nb ? "år" : "years");
        add(parts, p.getMonths(), nb ? "måned" : "month", nb ? "måneder" : "months");
        add(parts, p.getDays(), nb ? "dag" : "day", nb ? "dager" : "days");
      }
      if (t >= 0) {
        Duration d = Duration.parse("PT" + iso.substring(t + 1));
        add(parts, (int) d.toHours(), nb ? "time" : "hour", nb ? "timer" : "hours");
        add(parts, d.toMinutesPart(), nb ? "minutt" : "minute", nb ? "minutter" : "minutes");
        add(parts, d.toSecondsPart(), nb ? "sekund" : "second", nb ? "sekunder" : "seconds");
      }
    } catch (DateTimeParseException | ArithmeticException unreadable) {
      return iso;
    }
    return parts.isEmpty() ? iso : String.join(nb ? " og " : " and ", parts);
  }

  private static void add(List<String> parts, int n, String one, String many) {
    if (n > 0) {
      parts.add(n + " " + (n == 1 ? one : many));
    }
  }
}
