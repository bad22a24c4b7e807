package no.vern.mail;

import java.util.Objects;

/**
 * The words of a mail: a subject, a plain-text body and, optionally, an HTML body with the same
 * content (sent together as {@code multipart/alternative}). Rendered by {@link MailTemplates} or by
 * the caller. Personal data as a rule, so never printed.
 */
public record RenderedMail(String subject, String text, String html) {

  static final int MAX_SUBJECT = 250;
  static final int MAX_BODY = 1_000_000;

  public RenderedMail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    if (subject.isBlank()
        || subject.length() > MAX_SUBJECT
        || subject.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("A subject is one line of 1-250 characters");
    }
    if (text.isBlank() || text.length() > MAX_BODY) {
      throw new IllegalArgumentException(
          "A mail needs a plain-text body of at most 1,000,000 chars");
    }
    html = html == null || html.isBlank() ? null : html;
    if (html != null && html.length() > MAX_BODY) {
      throw new IllegalArgumentException("An HTML body has at most 1,000,000 characters");
    }
  }

  /** Plain text only. */
  public static RenderedMail text(String subject, String text) {
    return new RenderedMail(subject, text, null);
  }

  @Override
  public String toString() {
    return "RenderedMail[***" + (html == null ? "" : ", with HTML") + "]";
  }
}
