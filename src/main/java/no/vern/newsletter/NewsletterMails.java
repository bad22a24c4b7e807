package no.vern.newsletter;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.vern.mail.Header;
import no.vern.mail.Language;
import no.vern.mail.MailId;
import no.vern.mail.MailTemplates;
import no.vern.mail.Outbox;
import no.vern.mail.OutgoingMail;
import no.vern.mail.RenderedMail;
import no.vern.shared.VernSettings;
import no.vern.shared.identifier.EmailAddress;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Component;

/**
 * Builds Vern's newsletter mails and the links in them. Every mail about a list carries RFC 8058's
 * two headers; every mail links to the person's preference page.
 */
@Component
class NewsletterMails {

  static final String ONE_CLICK = "List-Unsubscribe=One-Click";

  private final MailTemplates templates;
  private final Outbox outbox;
  private final LinkTokens tokens;
  private final NewsletterSettings settings;
  private final String base;
  private final String mailbox;

  NewsletterMails(
      MailTemplates templates,
      Outbox outbox,
      LinkTokens tokens,
      NewsletterSettings settings,
      VernSettings vern) {
    this.templates = templates;
    this.outbox = outbox;
    this.tokens = tokens;
    this.settings = settings;
    this.base = vern.baseUrl();
    this.mailbox =
        settings.unsubscribeMailbox().isBlank()
            ? "unsubscribe@" + URI.create(this.base).getHost()
            : settings.unsubscribeMailbox().strip();
  }

  String unsubscribeUrl(SubjectId subject, String list) {
    return base + "/u/" + tokens.unsubscribe(subject, list);
  }

  String preferencesUrl(SubjectId subject, Instant now, Language language) {
    String token = tokens.preferences(subject, now.plus(settings.preferenceLinkTtl()));
    return base + "/u/p/" + token + "?lang=" + language.tag();
  }

  String confirmationUrl(String token) {
    return base + "/u/confirm/" + token;
  }

  /**
   * RFC 8058: the HTTPS URL the mailbox provider POSTs to, and a mailto. The token goes into the
   * mailto's subject, not the local part: a local part is at most 64 octets (RFC 5321), too short
   * for a signed token.
   */
  List<Header> unsubscribeHeaders(SubjectId subject, String list) {
    String token = tokens.unsubscribe(subject, list);
    return List.of(
        new Header(
            "List-Unsubscribe",
            "<"
                + base
                + "/u/"
                + token
                + ">, <mailto:"
                + mailbox
                + "?subject=unsubscribe%20"
                + token
                + ">"),
        new Header("List-Unsubscribe-Post", ONE_CLICK));
  }

  MailId send(
      String kind, EmailAddress to, Language language, RenderedMail words, List<Header> headers) {
    OutgoingMail mail = OutgoingMail.of(kind, to, language, words);
    for (Header h : headers) {
      mail = mail.withHeader(h.name(), h.value());
    }
    return outbox.enqueue(mail);
  }

  OutgoingMail listMail(
      String kind,
      EmailAddress to,
      Language language,
      SubjectId subject,
      String list,
      String template,
      Map<String, Object> variables,
      Object... subjectArguments) {
    RenderedMail words = templates.render(template, language, variables, subjectArguments);
    OutgoingMail mail = OutgoingMail.of(kind, to, language, words);
    for (Header h : unsubscribeHeaders(subject, list)) {
      mail = mail.withHeader(h.name(), h.value());
    }
    return mail;
  }

  RenderedMail render(String template, Language language, Map<String, ?> vars, Object... args) {
    return templates.render(template, language, vars, args);
  }

  MailId enqueue(OutgoingMail mail) {
    return outbox.enqueue(mail);
  }
}
