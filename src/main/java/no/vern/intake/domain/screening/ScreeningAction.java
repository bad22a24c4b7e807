package no.vern.intake.domain.screening;

/** What a form does with text in which the screener found something; configured per form. */
public enum ScreeningAction {
  /** Store the text as it is; the finding is not acted on. */
  ACCEPT,
  /** Store the text and put it in front of a person for review. */
  FLAG,
  /** Store the text with each finding replaced by {@link Redaction#MARKER}. */
  REDACT,
  /** Store nothing and ask the person not to send such data. */
  REFUSE
}
