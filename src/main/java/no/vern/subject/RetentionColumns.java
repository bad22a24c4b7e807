package no.vern.subject;

import no.vern.inventory.Inventory;
import no.vern.inventory.RetentionRule;
import no.vern.inventory.RetentionTrigger;
import no.vern.shared.retention.RetentionWording;
import no.vern.shared.retention.RetentionWording.Trigger;
import no.vern.subject.domain.RetentionDue;

/**
 * The subject page's retention columns: an activity's rule and a record's due date, in the staff's
 * words of {@link RetentionWording}, with the trigger named by its description in the reader's
 * language.
 */
final class RetentionColumns {

  private final RetentionWording words;
  private final String language;
  private final Inventory inventory;

  RetentionColumns(String language, Inventory inventory) {
    this.words = RetentionWording.in(language);
    this.language = language;
    this.inventory = inventory;
  }

  /** "3 years after «When the case is closed», then anonymise". */
  String rule(RetentionRule rule) {
    if (rule == null || rule.period() == null) {
      return words.noRule();
    }
    String action = rule.action() == null ? null : rule.action().code();
    return words.rule(rule.period(), action, trigger(rule.trigger()));
  }

  /** The due date, or why there is none yet. */
  String due(RetentionRule rule, RetentionDue due) {
    return switch (due.state()) {
      case DUE -> due.day().toString();
      case NOT_YET -> words.notYet(rule.period(), trigger(rule.trigger()));
      case NOT_RECORDED -> words.notRecorded(rule.period(), trigger(rule.trigger()));
      case NO_RULE -> words.noRule();
    };
  }

  private Trigger trigger(String id) {
    return Trigger.described(
        inventory.retentionTriggers().stream()
            .filter(t -> t.id().equals(id))
            .map(RetentionTrigger::description)
            .filter(d -> d != null && d.in(language) != null)
            .map(d -> d.in(language))
            .findFirst()
            .orElse(id));
  }
}
