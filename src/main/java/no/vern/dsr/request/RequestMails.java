package no.vern.dsr.request;

import java.util.HashMap;
import java.util.Map;
import no.vern.mail.Language;
import no.vern.mail.MailTemplates;
import no.vern.mail.Outbox;
import no.vern.mail.OutgoingMail;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.Parsed;
import org.springframework.stereotype.Component;

/**
 * The mails to the person about their request, through the outbox in the caller's transaction, so a
 * mail goes out exactly when the step it tells of committed. Always to the address the request came
 * with, which for a known person is one Vern already holds; never an attachment.
 */
@Component
class RequestMails {

  private final MailTemplates templates;
  private final Outbox outbox;
  private final DsrKeys keys;

  RequestMails(MailTemplates templates, Outbox outbox, DsrKeys keys) {
    this.templates = templates;
    this.outbox = outbox;
    this.keys = keys;
  }

  /** Queues {@code dsr.<name>} to the request's contact; false when it has none to write to. */
  boolean send(RequestRow request, String name, Map<String, ?> variables) {
    if (request.contact() == null) {
      return false;
    }
    String address = keys.decrypt(request.id(), "contact", request.contact());
    if (!(EmailAddress.parse(address) instanceof Parsed.Valid<EmailAddress> to)) {
      return false;
    }
    sendTo(
        to.value(), Language.of(request.language()).orElse(Language.NB), name, request, variables);
    return true;
  }

  void sendTo(
      EmailAddress to,
      Language language,
      String name,
      RequestRow request,
      Map<String, ?> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put("reference", request.reference());
    all.put("dueAt", request.dueAt().toString());
    outbox.enqueue(
        OutgoingMail.of(
            "dsr." + name,
            to,
            language,
            templates.render("dsr." + name, language, all, request.reference())));
  }
}
