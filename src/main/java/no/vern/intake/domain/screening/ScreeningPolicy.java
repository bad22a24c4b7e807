package no.vern.intake.domain.screening;

import java.util.Set;

/** Applies a form's {@link ScreeningAction} to a text, after screening it. */
public final class ScreeningPolicy {

  /** Asks the person, in their language, not to send such data and how to reach the DPO. */
  public static final String REFUSED_MESSAGE_KEY = "intake.screening.refused";

  private final Screener screener;

  public ScreeningPolicy(Screener screener) {
    this.screener = screener;
  }

  public Outcome apply(String text, ScreeningAction action) {
    Screening screening = screener.screen(text);
    if (screening.isClean() || action == ScreeningAction.ACCEPT) {
      return new Outcome.Accepted(text);
    }
    Set<Category> categories = screening.categories();
    return switch (action) {
      case FLAG -> new Outcome.Flagged(text, categories);
      case REDACT -> new Outcome.Redacted(Redaction.apply(text, screening.findings()), categories);
      case REFUSE -> new Outcome.Refused(categories, REFUSED_MESSAGE_KEY);
      case ACCEPT -> new Outcome.Accepted(text);
    };
  }
}
