package no.vern.shared.retention;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Retention rules in words, in Bokmål or English, for every page that shows one. Two voices: the
 * staff's, an instruction ("3 years after «When the case is closed», then anonymise") on the admin
 * pages, in the record of processing and on the subject page; and the person's, in the privacy
 * notice ("3 years after the case is closed, then anonymised"). Both count periods with the same
 * words ("1 year, 6 months and 2 days").
 *
 * <p>Spring-free and fed with plain values (a period, an action code, a trigger's words), so that
 * the modules that show a rule need not share types with retention. The words are in {@code
 * i18n/retention*.properties}, kept complete in both languages by the bundle test.
 */
public final class RetentionWording {

  private final ResourceBundle words;
  private final Locale locale;

  private RetentionWording(Locale locale) {
    this.locale = locale;
    this.words =
        ResourceBundle.getBundle(
            "i18n/retention",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** {@code nb} for Bokmål; any other language reads English. */
  public static RetentionWording in(String language) {
    return new RetentionWording(
        "nb".equals(language) ? Locale.forLanguageTag("nb") : Locale.ENGLISH);
  }

  /**
   * The event a period runs from, as the staff's voice names it: by its description, quoted («When
   * the case is closed»), or by its code when no description is at hand (case closed).
   */
  public record Trigger(String words, boolean quoted) {

    public static Trigger described(String description) {
      return new Trigger(description, true);
    }

    public static Trigger code(String id) {
      return new Trigger(id == null ? "?" : id.replace('-', ' '), false);
    }

    String text() {
      return quoted ? "«" + words + "»" : words;
    }
  }

  /**
   * The staff's voice: "3 years after case closed, then anonymise", "At once on «When you
   * unsubscribe», then delete". A missing period reads "?". {@code action} is {@code delete} or
   * {@code anonymise}; none means delete.
   */
  public String rule(Period period, String action, Trigger trigger) {
    String then = get("retention.rule.action." + actionCode(action));
    if (period != null && period.isZero()) {
      return get("retention.rule.at-once", trigger.text(), then);
    }
    return get("retention.rule", staffPeriod(period), trigger.text(), then);
  }

  /** "No retention rule", where an activity has none. */
  public String noRule() {
    return get("retention.rule.none");
  }

  /** A due date that cannot be known yet: "3 years after «...»: that has not happened yet". */
  public String notYet(Period period, Trigger trigger) {
    return get("retention.due.not-yet", staffPeriod(period), trigger.text());
  }

  /** A due date Vern cannot know: "... after «...»: Vern does not record that date". */
  public String notRecorded(Period period, Trigger trigger) {
    return get("retention.due.not-recorded", staffPeriod(period), trigger.text());
  }

  /**
   * The person's voice: "3 years after the case is closed, then anonymised", "Deleted immediately
   * when you unsubscribe". {@code event} is the trigger's description in this language; one that
   * starts with "When" is bent into the sentence. Empty when there is no period.
   */
  public String forNotice(Period period, String action, String event) {
    if (period == null) {
      return "";
    }
    String code = actionCode(action);
    String whenWord = get("retention.notice.when-word") + " ";
    boolean when = event.startsWith(whenWord);
    String rest = when ? event.substring(whenWord.length()) : lowerFirst(event);
    if (period.isZero()) {
      String at = when ? lowerFirst(event) : get("retention.notice.at-event", rest);
      return get("retention.notice.immediately." + code, at);
    }
    String after = get(when ? "retention.notice.after-when" : "retention.notice.after-event", rest);
    return get("retention.notice", period(period), after, get("retention.notice.action." + code));
  }

  /**
   * An ISO-8601 period or duration such as P3Y6M, P90D or PT30M in the person's words ("3 years and
   * 6 months", "30 minutes"), as the notice gives retention and cookie lifetimes. Empty for none.
   */
  public String period(String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    int t = iso.indexOf('T');
    List<String> parts = new ArrayList<>();
    if (t != 1) {
      parts.add(period(Period.parse(t < 0 ? iso : iso.substring(0, t))));
    }
    if (t >= 0) {
      Duration d = Duration.parse("PT" + iso.substring(t + 1));
      addUnit(parts, "hour", d.toHours());
      addUnit(parts, "minute", d.toMinutesPart());
    }
    parts.removeIf(String::isEmpty);
    return join(parts);
  }

  /** A period in the person's words; a zero period is "immediately". */
  public String period(Period period) {
    return period.isZero() ? get("retention.notice.zero") : join(units(period));
  }

  /** The staff count a zero period as "0 days", as the rule says it, and a missing one as "?". */
  private String staffPeriod(Period period) {
    if (period == null) {
      return "?";
    }
    List<String> parts = units(period);
    return parts.isEmpty() ? "0 " + get("retention.unit.day.many") : join(parts);
  }

  private List<String> units(Period period) {
    List<String> parts = new ArrayList<>();
    addUnit(parts, "year", period.getYears());
    addUnit(parts, "month", period.getMonths());
    addUnit(parts, "day", period.getDays());
    return parts;
  }

  private void addUnit(List<String> parts, String unit, long amount) {
    if (amount != 0) {
      parts.add(amount + " " + get("retention.unit." + unit + (amount == 1 ? ".one" : ".many")));
    }
  }

  /** "a", "a and b", "a, b and c". */
  private String join(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    String head = String.join(", ", parts.subList(0, parts.size() - 1));
    return head + " " + get("retention.and") + " " + parts.get(parts.size() - 1);
  }

  private static String actionCode(String action) {
    return "anonymise".equals(action) ? "anonymise" : "delete";
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private String get(String key, Object... args) {
    String pattern = words.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
