package no.vern.dsr.systems;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.disclosure.DisclosureRecipients;
import no.vern.disclosure.DisclosureRecipients.RecipientOfData;
import no.vern.dsr.DsrTaskAuditAction;
import no.vern.dsr.SubjectDataChanged;
import no.vern.inventory.ConnectedSystem;
import no.vern.inventory.Inventory;
import no.vern.inventory.Organisation;
import no.vern.inventory.Recipient;
import no.vern.mail.Language;
import no.vern.mail.MailTemplates;
import no.vern.mail.Outbox;
import no.vern.mail.OutgoingMail;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.Parsed;
import org.springframework.stereotype.Component;

/**
 * Art. 19: after a correction, erasure or restriction, every recipient in the disclosure register
 * that received data of the changed activities is told. A recipient that is a connected system is
 * told through that system's task (acknowledged by its callback); one with a contact address in the
 * inventory by mail (the mail names no person: the recipient asks for the details quoting the
 * notice's reference); any other is a notice for a case handler to send. Each notice is a row of
 * {@code dsr_task} ({@code kind = notice}) whose acknowledgement is tracked.
 */
@Component
class Notices {

  private final DisclosureRecipients recipients;
  private final TaskRows rows;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  Notices(
      DisclosureRecipients recipients,
      TaskRows rows,
      MailTemplates templates,
      Outbox outbox,
      AuditTrail audit,
      Clock clock) {
    this.recipients = recipients;
    this.rows = rows;
    this.templates = templates;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  /** One notice per recipient; {@code systemTasks} are this change's tasks by system id. */
  void send(SubjectDataChanged change, String type, Inventory inventory, Map<String, UUID> tasks) {
    Instant now = clock.instant();
    // A recipient that had the data in confidence (a report to Økokrim) is never told
    // automatically: the notice waits for the DPO, with the ground that forbids telling.
    Map<String, String> confidential =
        recipients.confidentialGrounds(change.subject(), change.activities());
    for (RecipientOfData recipient : recipients.of(change.subject(), change.activities())) {
      String ground = confidential.get(recipient.recipient());
      Optional<UUID> via =
          inventory.systems().stream()
              .filter(s -> recipient.recipient().equals(s.recipient()))
              .map(ConnectedSystem::id)
              .filter(tasks::containsKey)
              .map(tasks::get)
              .findFirst();
      Optional<Recipient> declared =
          inventory.recipients().stream()
              .filter(r -> r.id().equals(recipient.recipient()))
              .findFirst();
      Optional<EmailAddress> address =
          declared
              .map(Recipient::contactEmail)
              .map(EmailAddress::parse)
              .filter(p -> p instanceof Parsed.Valid<EmailAddress>)
              .map(p -> ((Parsed.Valid<EmailAddress>) p).value());
      if (ground != null) {
        via = Optional.empty();
        address = Optional.empty();
      }
      String channel = via.isPresent() ? "system" : address.isPresent() ? "mail" : "manual";
      UUID id = UUID.randomUUID();
      rows.insert(
          new TaskRow(
              id,
              change.request() == null ? null : change.request().value(),
              change.subject().value(),
              null,
              TaskRow.NOTICE,
              type,
              null,
              recipient.recipient(),
              channel,
              recipient.activities(),
              change.fields(),
              channel.equals("manual") ? "open" : "sent",
              null,
              null,
              0,
              null,
              null,
              null,
              via.orElse(null),
              now,
              null,
              null,
              ground == null ? null : "confidential: " + ground));
      audit.record(
          TaskCreation.SYSTEM
              .did(
                  DsrTaskAuditAction.DSR_NOTICE_CREATED, "dsr-task", id.toString(), Outcome.SUCCESS)
              .because(StepLabel.reason(channel)));
      if (address.isPresent()) {
        mail(id, type, recipient, declared.get(), address.get(), inventory.organisation(), change);
      }
    }
  }

  private void mail(
      UUID id,
      String type,
      RecipientOfData recipient,
      Recipient declared,
      EmailAddress to,
      Organisation organisation,
      SubjectDataChanged change) {
    // Norwegian recipients are written to in Bokmål, others in English.
    Language language = "NO".equals(declared.country()) ? Language.NB : Language.EN;
    Map<String, Object> variables = new HashMap<>();
    variables.put("reference", reference(id));
    variables.put("type", type);
    variables.put("organisation", organisation == null ? "" : organisation.name());
    variables.put(
        "contact",
        organisation == null || organisation.privacyContact() == null
            ? ""
            : organisation.privacyContact().email());
    variables.put("activities", String.join(", ", recipient.activities()));
    variables.put("fields", String.join(", ", change.fields()));
    variables.put("disclosedAt", recipient.lastDisclosedAt().toString().substring(0, 10));
    outbox.enqueue(
        OutgoingMail.of(
            "dsr.notice",
            to,
            language,
            templates.render("dsr.notice", language, variables, reference(id))));
    audit.record(
        TaskCreation.SYSTEM.did(
            DsrTaskAuditAction.DSR_NOTICE_MAILED, "dsr-task", id.toString(), Outcome.SUCCESS));
  }

  /** The reference a recipient quotes: the first part of the notice's id. */
  static String reference(UUID id) {
    return "N-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  static List<String> types() {
    return List.of("rectification", "erasure", "restriction");
  }
}
