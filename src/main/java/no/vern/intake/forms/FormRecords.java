package no.vern.intake.forms;

import java.util.UUID;
import no.vern.intake.CookieConsentCarried;
import no.vern.intake.NewsletterSignupRequested;
import no.vern.intake.records.RecordCommand;
import no.vern.intake.records.RecordIntake;
import no.vern.inventory.Form;
import no.vern.shared.PrincipalNames;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a form's record with its subject and, for a newsletter form, announces the sign-up, all in
 * one transaction: a record that fails publishes nothing, and the announcement is in the event
 * publication registry with the record, so double opt-in starts after the commit even across a
 * crash.
 */
@Component
class FormRecords {

  /** Who stored it, on the audit trail: no person is signed in on the public forms. */
  static final String ACTOR = PrincipalNames.system("public-form");

  private final RecordIntake intake;
  private final ApplicationEventPublisher events;

  FormRecords(RecordIntake intake, ApplicationEventPublisher events) {
    this.intake = intake;
    this.events = events;
  }

  @Transactional
  RecordIntake.Stored store(
      RecordCommand command,
      PublishedForms.Published published,
      String lang,
      @Nullable UUID cookieConsent) {
    RecordIntake.Stored stored = intake.store(command, ACTOR);
    Form form = published.form();
    if (cookieConsent != null) {
      events.publishEvent(
          new CookieConsentCarried(
              stored.subject(), new CookieConsentCarried.CookieConsent(cookieConsent)));
    }
    if (form.kind() == Form.Kind.NEWSLETTER) {
      events.publishEvent(
          new NewsletterSignupRequested(
              stored.subject(),
              stored.record(),
              form.id(),
              published.activity().id(),
              published.activity().consentPurpose(),
              lang));
    }
    return stored;
  }
}
