package no.vern.newsletter;

import java.util.ArrayList;
import java.util.List;
import no.vern.mail.Language;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;

/**
 * The body of {@code POST /api/v1/newsletters/{list}/mailings}: the words in both languages, HTML
 * optional. {@link #check} lists every problem at once.
 */
record MailingRequest(Texts subject, Texts text, Texts html) {

  /** One text in Bokmål and English. */
  record Texts(String nb, String en) {
    String in(Language language) {
      return language == Language.EN ? en : nb;
    }

    @Override
    public String toString() {
      return "Texts[***]";
    }
  }

  static final int MAX_SUBJECT = 250;

  /** Leaves room for the footer within the outbox's 1,000,000 characters. */
  static final int MAX_BODY = 900_000;

  void check() {
    List<FieldError> errors = new ArrayList<>();
    both(errors, "subject", subject, true, MAX_SUBJECT);
    both(errors, "text", text, true, MAX_BODY);
    both(errors, "html", html, false, MAX_BODY);
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED, "The mailing is not valid; nothing was queued.", errors);
    }
  }

  private static void both(
      List<FieldError> errors, String field, Texts texts, boolean required, int max) {
    if (texts == null) {
      if (required) {
        errors.add(new FieldError(field, "required", "Give the text in nb and en."));
      }
      return;
    }
    one(errors, field + ".nb", texts.nb(), max, field.equals("subject"));
    one(errors, field + ".en", texts.en(), max, field.equals("subject"));
  }

  private static void one(
      List<FieldError> errors, String field, String value, int max, boolean oneLine) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "required", "Must not be empty."));
    } else if (value.length() > max) {
      errors.add(new FieldError(field, "too-long", "At most " + max + " characters."));
    } else if (oneLine && value.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(field, "one-line", "One line, without control characters."));
    }
  }

  @Override
  public String toString() {
    return "MailingRequest[***]";
  }
}
