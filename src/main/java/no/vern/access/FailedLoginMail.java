package no.vern.access;

import java.util.Map;
import no.vern.mail.Language;
import no.vern.mail.MailTemplates;
import no.vern.mail.Outbox;
import no.vern.mail.OutgoingMail;
import no.vern.mail.RenderedMail;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.Parsed;
import org.springframework.stereotype.Component;

/**
 * Tells a user that their account has seen a burst of failed sign-ins. Admin users have no stored
 * address or language: the username is the address when it is one, and the mail says it in Bokmål
 * and then in English. Nothing is queued when mail is not configured: a warning that goes out days
 * later, once someone sets SMTP up, would only alarm.
 */
@Component
class FailedLoginMail {

  static final String KIND = "access.failed-logins";

  private final Outbox outbox;
  private final MailTemplates templates;
  private final long windowMinutes;

  FailedLoginMail(Outbox outbox, MailTemplates templates, AccessSettings settings) {
    this.outbox = outbox;
    this.templates = templates;
    this.windowMinutes = settings.failedLoginWindow().toMinutes();
  }

  /** Queues the mail in the caller's transaction; false when there was nobody or no way to mail. */
  boolean queue(AdminUser user, int failures) {
    if (!outbox.configured()
        || !(EmailAddress.parse(user.username()) instanceof Parsed.Valid<EmailAddress> to)) {
      return false;
    }
    Map<String, Object> words = Map.of("failures", failures, "minutes", windowMinutes);
    RenderedMail nb = templates.render(KIND, Language.NB, words);
    RenderedMail en = templates.render(KIND, Language.EN, words);
    RenderedMail both =
        RenderedMail.text(
            nb.subject() + " / " + en.subject(), nb.text().strip() + "\n\n---\n\n" + en.text());
    outbox.enqueue(OutgoingMail.of(KIND, to.value(), Language.NB, both));
    return true;
  }
}
