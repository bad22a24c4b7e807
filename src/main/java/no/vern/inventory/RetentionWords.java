package no.vern.inventory;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A retention rule in words a DPO reads aloud: "3 years after case closed, then anonymise". Used by
 * the admin page and the record of processing, in English or Bokmål.
 */
final class RetentionWords {

  private RetentionWords() {}

  static String of(RetentionRule rule, RetentionTrigger trigger, String language) {
    if (rule == null) {
      return "";
    }
    boolean nb = "nb".equals(language);
    String when = when(rule, trigger, nb);
    String period = period(rule.period(), nb);
    String action = action(rule.action(), nb);
    String words =
        rule.period() != null && rule.period().isZero()
            ? (nb ? "Straks ved " : "At once on ") + when + ", " + action
            : period + (nb ? " etter " : " after ") + when + ", " + action;
    return words;
  }

  private static String when(RetentionRule rule, RetentionTrigger trigger, boolean nb) {
    if (nb
        && trigger != null
        && trigger.description() != null
        && trigger.description().nb() != null) {
      return "«" + trigger.description().nb() + "»";
    }
    return rule.trigger() == null ? "?" : rule.trigger().replace('-', ' ');
  }

  private static String action(RetentionRule.Action action, boolean nb) {
    if (action == RetentionRule.Action.ANONYMISE) {
      return nb ? "deretter anonymiseres" : "then anonymise";
    }
    return nb ? "deretter slettes" : "then delete";
  }

  static String period(Period period, boolean nb) {
    if (period == null) {
      return "?";
    }
    List<String> parts = new ArrayList<>();
    add(parts, period.getYears(), nb ? "år" : "year", nb ? "år" : "years");
    add(parts, period.getMonths(), nb ? "måned" : "month", nb ? "måneder" : "months");
    add(parts, period.getDays(), nb ? "dag" : "day", nb ? "dager" : "days");
    return parts.isEmpty()
        ? (nb ? "0 dager" : "0 days")
        : String.join(nb ? " og " : " and ", parts);
  }

  private static void add(List<String> parts, int n, String one, String many) {
    if (n != 0) {
      parts.add(n + " " + (n == 1 ? one : many));
    }
  }
}
