package no.vern.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.mail.Language;
import no.vern.shared.identifier.EmailAddress;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Component;

/**
 * One double opt-in request: a single-use token that expires, and the confirmation mail with its
 * link in the person's language. A form sign-up and "subscribe again" on the preference page both
 * start here, so the two cannot drift apart in what they promise or how long the link works.
 */
@Component
class ConfirmationRequests {

  private static final AuditActor SYSTEM = AuditActor.system("newsletter");

  private final Confirmations confirmations;
  private final NewsletterMails mails;
  private final NewsletterSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  ConfirmationRequests(
      Confirmations confirmations,
      NewsletterMails mails,
      NewsletterSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.confirmations = confirmations;
    this.mails = mails;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores the request and queues the mail in the caller's transaction.
   *
   * @param recordId the sign-up's record, or null when the person joins again without a new one
   */
  void start(
      SubjectId subject,
      Lists.NewsletterList list,
      UUID recordId,
      String formId,
      Language language,
      EmailAddress to) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String token =
        confirmations.create(
            subject,
            list.id(),
            recordId,
            formId,
            language.tag(),
            now,
            now.plus(settings.confirmationTtl()));
    String title = list.title().in(language.tag());
    mails.send(
        "consent.newsletter-confirm",
        to,
        language,
        mails.render(
            "consent.newsletter-confirm",
            language,
            Map.of(
                "list",
                title,
                "link",
                mails.confirmationUrl(token),
                "hours",
                settings.confirmationTtl().toHours()),
            title),
        List.of());
    audit.record(
        SYSTEM.did(
            NewsletterAuditAction.NEWSLETTER_CONFIRMATION_REQUESTED,
            "subject",
            subject.toString(),
            Outcome.SUCCESS));
  }
}
