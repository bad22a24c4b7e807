package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Period;

/**
 * How long an activity keeps its data (Art. 5(1)(e), 13(2)(a)): {@code period} after the {@code
 * trigger} event, then {@code action}. A period of {@code P0D} acts at once, as on a newsletter
 * unsubscribe.
 */
public record RetentionRule(
    String trigger, Period period, Action action, Text legalReference, Text description) {

  /** What happens when the period has run. Anonymised data must not be re-identifiable. */
  public enum Action {
    DELETE("delete"),
    ANONYMISE("anonymise");

    private final String code;

    Action(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }
}
