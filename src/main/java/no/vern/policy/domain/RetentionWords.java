package no.vern.policy.domain;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.vern.inventory.RetentionRule;

/**
 * Retention periods in words: "3 years after the case is closed, then anonymised", "deleted
 * immediately when you unsubscribe", and cookie lifetimes such as "13 months". The trigger's own
 * description is bent into the sentence: "When the case is closed" becomes "after the case is
 * closed", "Utgangen av regnskapsåret" becomes "etter utgangen av regnskapsåret".
 */
final class RetentionWords {

  private RetentionWords() {}

  static String of(NoticeContext c, RetentionRule rule) {
    if (rule == null || rule.period() == null) {
      return "";
    }
    String action = rule.action().code();
    String trigger = c.trigger(rule.trigger());
    String sentence =
        rule.period().isZero()
            ? c.get("policy.retention.immediately." + action, when(c, trigger))
            : c.get(
                "policy.retention.after",
                period(c.phrases(), rule.period()),
                after(c, trigger),
                c.get("policy.retention.action." + action));
    List<String> extras = new ArrayList<>();
    if (rule.description() != null) {
      extras.add(c.text(rule.description()));
    }
    if (rule.legalReference() != null && !rule.legalReference().isBlank()) {
      extras.add(c.get("policy.retention.law", rule.legalReference()));
    }
    return extras.isEmpty() ? sentence : sentence + " (" + String.join("; ", extras) + ")";
  }

  /** An ISO-8601 period or duration such as P3Y6M, P90D or PT30M, in words. */
  static String period(Phrases p, String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    int t = iso.indexOf('T');
    List<String> parts = new ArrayList<>();
    if (t != 1) {
      parts.add(period(p, Period.parse(t < 0 ? iso : iso.substring(0, t))));
    }
    if (t >= 0) {
      Duration d = Duration.parse("PT" + iso.substring(t + 1));
      addUnit(p, parts, "hour", d.toHours());
      addUnit(p, parts, "minute", d.toMinutesPart());
    }
    parts.removeIf(String::isEmpty);
    return join(p, parts);
  }

  static String period(Phrases p, Period period) {
    if (period.isZero()) {
      return p.get("policy.retention.zero");
    }
    List<String> parts = new ArrayList<>();
    addUnit(p, parts, "year", period.getYears());
    addUnit(p, parts, "month", period.getMonths());
    addUnit(p, parts, "day", period.getDays());
    return join(p, parts);
  }

  private static void addUnit(Phrases p, List<String> parts, String unit, long amount) {
    if (amount != 0) {
      String form = amount == 1 ? "one" : "many";
      parts.add(amount + " " + p.get("policy.unit." + unit + "." + form));
    }
  }

  private static String join(Phrases p, List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    String head = String.join(", ", parts.subList(0, parts.size() - 1));
    return head + " " + p.get("policy.and") + " " + parts.get(parts.size() - 1);
  }

  private static String after(NoticeContext c, String trigger) {
    String when = c.get("policy.retention.when-word") + " ";
    if (trigger.startsWith(when)) {
      return c.get("policy.retention.after-when", trigger.substring(when.length()));
    }
    return c.get("policy.retention.after-event", lowerFirst(trigger));
  }

  private static String when(NoticeContext c, String trigger) {
    String when = c.get("policy.retention.when-word") + " ";
    if (trigger.startsWith(when)) {
      return lowerFirst(trigger);
    }
    return c.get("policy.retention.at-event", lowerFirst(trigger));
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
