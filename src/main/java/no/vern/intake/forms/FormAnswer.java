package no.vern.intake.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The one answer to every accepted submission: the same whether the person was known to Vern or
 * not, and for a robot caught by the honeypot, so no answer tells anything about who is known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FormAnswer(String status, String message, @Nullable String consent) {

  static FormAnswer accepted(String message) {
    return new FormAnswer("accepted", message, null);
  }

  /**
   * A newsletter's answer: the message says to confirm from the inbox, {@code consent} is the text
   * of what the person asked for, as the inventory words it. The same for everyone who signs up.
   */
  static FormAnswer signedUp(String message, String consent) {
    return new FormAnswer("accepted", message, consent);
  }
}
