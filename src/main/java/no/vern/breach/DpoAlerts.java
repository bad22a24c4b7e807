package no.vern.breach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.breach.domain.BreachClock;
import no.vern.mail.Language;
import no.vern.mail.MailTemplates;
import no.vern.mail.Outbox;
import no.vern.mail.OutgoingMail;
import no.vern.shared.VernSettings;
import no.vern.shared.identifier.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the DPO when 24 and when 6 hours are left to notify Datatilsynet of a breach, each once (a
 * row in {@code breach_alert} claims it in the same transaction as the mail is queued). A breach
 * already notified, or decided not to be, gets none. Without a DPO address nothing is sent or
 * claimed, so the reminder goes out once an address is set, if there is still time.
 */
@Component
class DpoAlerts {

  private static final AuditActor SYSTEM = AuditActor.system("breach");

  private final JdbcClient jdbc;
  private final DpoContact dpo;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final String baseUrl;
  private final Clock clock;

  DpoAlerts(
      JdbcClient jdbc,
      DpoContact dpo,
      MailTemplates templates,
      Outbox outbox,
      AuditTrail audit,
      VernSettings vern,
      Clock clock) {
    this.jdbc = jdbc;
    this.dpo = dpo;
    this.templates = templates;
    this.outbox = outbox;
    this.audit = audit;
    this.baseUrl = vern.baseUrl();
    this.clock = clock;
  }

  void scheduled() {
    alert(clock.instant());
  }

  /** The reminders due at {@code now}; returns how many were queued. */
  @Transactional
  int alert(Instant now) {
    Optional<EmailAddress> to = dpo.address();
    if (to.isEmpty()) {
      return 0;
    }
    int hours = BreachClock.ALERT_HOURS.get(0);
    List<Map.Entry<UUID, Instant>> open =
        jdbc.sql(
                "SELECT id, notify_by FROM breach b WHERE notify_by > :now AND notify_by <= :horizon"
                    + " AND notify_decision IS DISTINCT FROM 'not-notify'"
                    + " AND NOT EXISTS (SELECT 1 FROM breach_notification n WHERE n.breach_id = b.id"
                    + " AND n.recipient = 'datatilsynet') FOR UPDATE SKIP LOCKED")
            .param("now", Timestamp.from(now))
            .param("horizon", Timestamp.from(now.plus(Duration.ofHours(hours))))
            .query(
                (rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
            .list();
    int sent = 0;
    for (Map.Entry<UUID, Instant> b : open) {
      List<Integer> done =
          jdbc.sql("SELECT hours_left FROM breach_alert WHERE breach_id = ?")
              .param(b.getKey())
              .query(Integer.class)
              .list();
      Optional<Integer> due = BreachClock.alertDue(b.getValue(), now, done);
      if (due.isEmpty()) {
        continue;
      }
      int claimed =
          jdbc.sql(
                  "INSERT INTO breach_alert (breach_id, hours_left, sent_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT DO NOTHING")
              .params(b.getKey(), due.get(), Timestamp.from(now))
              .update();
      if (claimed == 0) {
        continue;
      }
      String deadline = BreachClock.shown(b.getValue());
      String left = BreachClock.remaining(BreachClock.left(b.getValue(), now));
      outbox.enqueue(
          OutgoingMail.of(
              "breach.dpo-alert",
              to.get(),
              Language.NB,
              templates.render(
                  "breach.dpo-alert",
                  Language.NB,
                  Map.of(
                      "deadline", deadline,
                      "left", left,
                      "link", baseUrl + "/admin/breaches/" + b.getKey()),
                  left)));
      audit.record(
          SYSTEM
              .did(
                  BreachAuditAction.BREACH_DPO_ALERTED,
                  "breach",
                  b.getKey().toString(),
                  AuditRecord.Outcome.SUCCESS)
              .because("HOURS_LEFT_" + due.get()));
      sent++;
    }
    return sent;
  }
}
