package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Automated decision-making (Art. 13(2)(f), 22): the logic in plain words, what it means for the
 * person, how they get a human to look at it, whether Art. 22(1) applies (a decision based solely
 * on automated processing with legal or similarly significant effects) and, if so, which exception
 * of Art. 22(2) allows it.
 */
public record AutomatedDecision(
    Text logic, Text significance, Text humanReview, Boolean article22, Exception exception) {

  /** Art. 22(2)(a) contract, (b) authorised by law, (c) explicit consent. */
  public enum Exception {
    CONTRACT("contract"),
    LAW("law"),
    EXPLICIT_CONSENT("explicit-consent");

    private final String code;

    Exception(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }
}
