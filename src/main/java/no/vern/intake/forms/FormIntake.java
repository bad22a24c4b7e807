package no.vern.intake.forms;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.vern.intake.records.RecordCommand;
import no.vern.intake.records.RetryingIntake;
import no.vern.inventory.Activity;
import no.vern.inventory.Form;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.subject.NewRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A public form submission from the request to the stored record (issue 4, items 3, 5-7): the
 * honeypot, every field error at once, the minimum age, screening, then the subject and the record
 * in one transaction. Whatever fails, nothing is stored; whatever succeeds, the answer is the
 * form's confirmation and nothing else.
 */
@Service
class FormIntake {

  private static final Logger log = LoggerFactory.getLogger(FormIntake.class);

  private final PublishedForms forms;
  private final FormValidation validation;
  private final MinimumAge minimumAge;
  private final FormScreening screening;
  private final FormRecords records;
  private final FormMessages messages;
  private final Clock clock;

  FormIntake(
      PublishedForms forms,
      FormValidation validation,
      MinimumAge minimumAge,
      FormScreening screening,
      FormRecords records,
      FormMessages messages,
      Clock clock) {
    this.forms = forms;
    this.validation = validation;
    this.minimumAge = minimumAge;
    this.screening = screening;
    this.records = records;
    this.messages = messages;
    this.clock = clock;
  }

  PublishedForms.Published form(String formId, String language) {
    return forms
        .find(formId)
        .orElseThrow(
            () ->
                new ApiProblem(
                    CommonProblem.NOT_FOUND, messages.text("intake.form.unknown", language)));
  }

  FormAnswer submit(String formId, FormSubmission submission, String language) {
    PublishedForms.Published published = form(formId, language);
    Form form = published.form();
    if (submission.honeypotFilled()) {
      // Answered as a success, so the robot learns nothing; counted in the log only.
      log.info("Form {}: the honeypot was filled in; nothing stored", form.id());
      return answer(published, language);
    }
    ValidSubmission valid = validation.validate(form, submission, language);
    minimumAge.check(form, valid, language);
    FormScreening.Screened screened = screening.apply(form, valid.data(), language);
    Activity activity = published.activity();
    Instant now = clock.instant();
    // A submission is contact from the person: the "last contact" retention clock starts now.
    NewRecord record =
        new NewRecord(
            activity.controller(),
            activity.id(),
            "form:" + form.id(),
            now,
            screened.data(),
            null,
            now,
            null,
            null,
            screened.marks());
    RecordCommand command = new RecordCommand(valid.identifiers(), record);
    UUID cookieConsent = cookieConsent(submission.consentId());
    RetryingIntake.retried(() -> records.store(command, published, language, cookieConsent));
    return answer(published, language);
  }

  /** A well-formed consent id, or null: anything else is ignored, never a reason to refuse. */
  private static @Nullable UUID cookieConsent(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }

  /**
   * A newsletter sign-up is not done until the person confirms from their inbox (double opt-in), so
   * its answer says so and repeats what they asked for; a form's own confirmation text comes first.
   */
  private FormAnswer answer(PublishedForms.Published published, String language) {
    Form form = published.form();
    String confirmation = form.confirmation() == null ? null : form.confirmation().in(language);
    if (form.kind() == Form.Kind.NEWSLETTER) {
      String inbox = messages.text("intake.form.newsletter.confirm", language);
      String message = confirmation == null ? inbox : confirmation + " " + inbox;
      var consent = published.consent();
      return consent == null
          ? FormAnswer.accepted(message)
          : FormAnswer.signedUp(
              message,
              messages.text(
                  "intake.form.newsletter.consent",
                  language,
                  consent.title().in(language),
                  consent.description().in(language)));
    }
    return FormAnswer.accepted(
        confirmation != null ? confirmation : messages.text("intake.form.accepted", language));
  }
}
