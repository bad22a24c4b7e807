package no.vern.subject;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.vern.inventory.Inventory;
import no.vern.inventory.RetentionRule;
import no.vern.inventory.RetentionTrigger;
import no.vern.subject.domain.RetentionDue;
import org.springframework.context.MessageSource;

/** A retention rule and a record's due date in the reader's language, for the subject page. */
final class RetentionText {

  private final MessageSource messages;
  private final Locale locale;
  private final Inventory inventory;

  RetentionText(MessageSource messages, Locale locale, Inventory inventory) {
    this.messages = messages;
    this.locale = locale;
    this.inventory = inventory;
  }

  /** "3 years after «When the case is closed», then anonymise". */
  String rule(RetentionRule rule) {
    if (rule == null || rule.period() == null) {
      return text("subject.retention.none");
    }
    String action =
        text(
            rule.action() == RetentionRule.Action.ANONYMISE
                ? "subject.retention.action.anonymise"
                : "subject.retention.action.delete");
    if (rule.period().isZero()) {
      return text("subject.retention.atOnce", trigger(rule.trigger()), action);
    }
    return text("subject.retention.rule", period(rule.period()), trigger(rule.trigger()), action);
  }

  /** The due date, or why there is none yet. */
  String due(RetentionRule rule, RetentionDue due) {
    return switch (due.state()) {
      case DUE -> due.day().toString();
      case NOT_YET ->
          text("subject.retention.notYet", period(rule.period()), trigger(rule.trigger()));
      case NOT_RECORDED ->
          text("subject.retention.notRecorded", period(rule.period()), trigger(rule.trigger()));
      case NO_RULE -> text("subject.retention.none");
    };
  }

  private String trigger(String id) {
    return inventory.retentionTriggers().stream()
        .filter(t -> t.id().equals(id))
        .map(RetentionTrigger::description)
        .filter(d -> d != null && d.in(locale.getLanguage()) != null)
        .map(d -> d.in(locale.getLanguage()))
        .findFirst()
        .orElse(id);
  }

  private String period(Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(text("subject.period.years", period.getYears()));
    }
    if (period.getMonths() != 0) {
      parts.add(text("subject.period.months", period.getMonths()));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(text("subject.period.days", period.getDays()));
    }
    return String.join(text("subject.period.and"), parts);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
