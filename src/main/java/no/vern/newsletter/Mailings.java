package no.vern.newsletter;

import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.mail.Language;
import no.vern.mail.OutgoingMail;
import no.vern.mail.RenderedMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * A mailing to a list: one mail per person the list's consent allows now, in their language, with
 * the RFC 8058 headers and an unsubscribe link in the footer. All of it is queued in one
 * transaction, page by page, so a mailing is queued whole or not at all and the list is never held
 * in memory at once.
 */
@Service
class Mailings {

  static final String KIND = "consent.newsletter-mailing";
  private static final int PAGE = 500;

  private final Recipients recipients;
  private final NewsletterMails mails;
  private final MessageSource messages;
  private final AuditTrail audit;

  Mailings(Recipients recipients, NewsletterMails mails, MessageSource messages, AuditTrail audit) {
    this.recipients = recipients;
    this.mails = mails;
    this.messages = messages;
    this.audit = audit;
  }

  /** Returns how many mails were queued. */
  @Transactional
  int queue(String list, MailingRequest request, AuditActor actor) {
    int queued = 0;
    UUID after = null;
    do {
      Recipients.Page page = recipients.page(list, after, PAGE, actor);
      for (Recipients.Recipient r : page.recipients()) {
        String unsubscribe = mails.unsubscribeUrl(r.subject(), list);
        OutgoingMail mail =
            OutgoingMail.of(
                KIND, r.email(), r.language(), words(request, r.language(), unsubscribe));
        for (var h : r.headers()) {
          mail = mail.withHeader(h.name(), h.value());
        }
        mails.enqueue(mail);
        queued++;
      }
      after = page.next();
    } while (after != null);
    audit.record(
        actor.did(
            NewsletterAuditAction.NEWSLETTER_MAILING_QUEUED,
            "newsletter-list:" + list,
            String.valueOf(queued),
            Outcome.SUCCESS));
    return queued;
  }

  private RenderedMail words(MailingRequest request, Language language, String unsubscribe) {
    String label = messages.getMessage("newsletter.mail.unsubscribe", null, language.locale());
    String text = request.text().in(language) + "\n\n-- \n" + label + "\n" + unsubscribe + "\n";
    String html = null;
    if (request.html() != null) {
      String footer =
          "<hr><p>"
              + HtmlUtils.htmlEscape(label)
              + " <a href=\""
              + HtmlUtils.htmlEscape(unsubscribe)
              + "\">"
              + HtmlUtils.htmlEscape(unsubscribe)
              + "</a></p>";
      html = beforeBodyEnd(request.html().in(language), footer);
    }
    return new RenderedMail(request.subject().in(language), text, html);
  }

  private static String beforeBodyEnd(String html, String footer) {
    int end = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
    return end < 0 ? html + footer : html.substring(0, end) + footer + html.substring(end);
  }
}
