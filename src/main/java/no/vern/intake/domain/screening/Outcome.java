package no.vern.intake.domain.screening;

import java.util.Set;

/**
 * What happens to a submitted text after screening under a form's action. No variant prints the
 * text in {@code toString()}: it is what the person wrote, and may be exactly what was screened
 * for.
 */
public sealed interface Outcome {

  /** Nothing found, or the form accepts what was found: store {@code text} unchanged. */
  record Accepted(String text) implements Outcome {
    @Override
    public String toString() {
      return "Accepted[text=***]";
    }
  }

  /** Store {@code text} and queue it for review, showing the reviewer the categories. */
  record Flagged(String text, Set<Category> categories) implements Outcome {
    @Override
    public String toString() {
      return "Flagged[" + categories + ", text=***]";
    }
  }

  /** Store {@code text}, in which every finding has been replaced. */
  record Redacted(String text, Set<Category> categories) implements Outcome {
    @Override
    public String toString() {
      return "Redacted[" + categories + ", text=***]";
    }
  }

  /** Store nothing; show the person the message under {@code messageKey}. */
  record Refused(Set<Category> categories, String messageKey) implements Outcome {}
}
