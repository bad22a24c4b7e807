package no.vern.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.mail.OutboxRows.Claimed;
import no.vern.mail.domain.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends what is due. Each round claims a small batch under a lease (committed before anything is
 * sent), sends it over one SMTP connection and records each mail right after the server accepted
 * it. Any number of instances may run this at once: a row belongs to one claim at a time. See
 * docs/mail.md for the one window in which a mail can still go out twice.
 */
@Component
class MailDispatcher {

  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
  private static final AuditActor ACTOR = AuditActor.system("mail");

  /** Bounds one run, so the scheduler thread is handed back now and then. */
  private static final int MAX_ROUNDS = 50;

  private final OutboxRows rows;
  private final MailCipher cipher;
  private final SmtpTransport smtp;
  private final MailSettings settings;
  private final RetryPolicy retry;
  private final AuditTrail audit;
  private final Clock clock;
  private volatile boolean stopping;

  MailDispatcher(
      OutboxRows rows,
      MailCipher cipher,
      SmtpTransport smtp,
      MailSettings settings,
      AuditTrail audit,
      Clock clock) {
    MailSettings.Dispatch dispatch = settings.dispatch();
    if (dispatch.lease().compareTo(settings.longestSend().multipliedBy(2)) <= 0) {
      throw new IllegalStateException(
          "vern.mail.dispatch.lease must be more than twice the longest send"
              + " (3 x vern.mail.smtp.timeout), so a mail is never sent after its lease ran out");
    }
    if (!settings.from().isBlank()) {
      try {
        InternetAddress.parse(settings.from(), true);
      } catch (AddressException e) {
        throw new IllegalStateException("VERN_MAIL_FROM is not an e-mail address", e);
      }
    }
    this.rows = rows;
    this.cipher = cipher;
    this.smtp = smtp;
    this.settings = settings;
    this.retry =
        new RetryPolicy(dispatch.maxAttempts(), dispatch.initialBackoff(), dispatch.maxBackoff());
    this.audit = audit;
    this.clock = clock;
  }

  /** The {@code mail.dispatch} task (MailTasks); does nothing while dispatch is switched off. */
  void onSchedule() {
    if (settings.dispatch().scheduled()) {
      try {
        dispatchDue();
      } catch (RuntimeException e) {
        // The database is away; the rows keep their state and leases and are taken again later.
        log.warn("Mail dispatch stopped: {}", FailureNames.of(e));
      }
    }
  }

  /**
   * Vern is shutting down: finish the mail being sent and hand back the rest, while the database is
   * still there to record it. (The context-closed event comes before the scheduler and the
   * connection pool are stopped; the scheduler then waits for this run to hand its rows back.)
   */
  @EventListener(ContextClosedEvent.class)
  void stop() {
    stopping = true;
  }

  /** Sends every mail that is due now; returns how many the server accepted. */
  int dispatchDue() {
    return dispatchDue(clock);
  }

  /** As {@link #dispatchDue()} at the time of {@code now}: tests move it instead of sleeping. */
  int dispatchDue(Clock now) {
    if (!smtp.configured()) {
      return 0;
    }
    int batchSize = settings.dispatch().batchSize();
    int sent = 0;
    for (int round = 0; round < MAX_ROUNDS && !stopping; round++) {
      UUID token = UUID.randomUUID();
      Instant at = now.instant();
      List<Claimed> batch = rows.claim(at, at.plus(settings.dispatch().lease()), token, batchSize);
      if (batch.isEmpty()) {
        break;
      }
      Round result = send(batch, token, now);
      sent += result.sent();
      if (result.serverAway() || batch.size() < batchSize) {
        break;
      }
    }
    return sent;
  }

  private record Round(int sent, boolean serverAway) {}

  private Round send(List<Claimed> batch, UUID token, Clock now) {
    SmtpTransport.Connection connection;
    try {
      connection = smtp.connect();
    } catch (MessagingException e) {
      batch.forEach(row -> failed(row, token, now.instant(), e));
      return new Round(0, true);
    }
    int sent = 0;
    try (connection) {
      for (int i = 0; i < batch.size(); i++) {
        Claimed row = batch.get(i);
        Instant at = now.instant();
        if (stopping || at.plus(settings.longestSend()).isAfter(row.leaseUntil())) {
          // Stopping, or too little lease left to be sure no other dispatcher takes the row
          // meanwhile.
          batch.subList(i, batch.size()).forEach(r -> rows.release(r, token, at));
          return new Round(sent, false);
        }
        if (!connection.open()) {
          Exception lost = new MessagingException("connection lost");
          batch.subList(i, batch.size()).forEach(r -> failed(r, token, at, lost));
          return new Round(sent, true);
        }
        try {
          connection.send(message(row, at, connection.smtpUtf8()));
        } catch (Exception e) {
          failed(row, token, now.instant(), e);
          continue;
        }
        if (rows.markSent(row, token, now.instant())) {
          sent++;
          audit.record(
              ACTOR.did(MailAuditAction.MAIL_SENT, "mail", row.id().toString(), Outcome.SUCCESS));
        } else {
          log.warn("Mail {} was sent after its lease had passed to another dispatcher", row.id());
        }
      }
    }
    return new Round(sent, false);
  }

  private MimeMessage message(Claimed row, Instant at, boolean smtpUtf8) throws Exception {
    String to =
        new String(
            cipher.decrypt(row.id(), MailCipher.Field.RECIPIENT, row.recipient()),
            StandardCharsets.UTF_8);
    MailContent content =
        MailContent.fromJson(cipher.decrypt(row.id(), MailCipher.Field.CONTENT, row.content()));
    return MimeMails.build(
        smtp.session(),
        settings.from(),
        row.messageId(),
        to,
        row.language(),
        content,
        at,
        smtpUtf8);
  }

  private void failed(Claimed row, UUID token, Instant at, Exception e) {
    var next = retry.nextAttempt(row.attempts(), at, FailureNames.permanent(e));
    if (!rows.markFailed(row, token, at, FailureNames.of(e), next) || next.isPresent()) {
      return;
    }
    log.info("Mail {} ({}) given up after {} attempts", row.id(), row.kind(), row.attempts());
    audit.record(
        ACTOR.did(MailAuditAction.MAIL_GAVE_UP, "mail", row.id().toString(), Outcome.FAILURE));
  }
}
