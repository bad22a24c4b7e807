package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import no.vern.audit.AuditTrail;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail): what a recipient's mailbox would show. */
@VernTest
class MailOutboxIT {

  @Autowired ApplicationContext context;
  @Autowired Outbox outbox;
  @Autowired MailTemplates templates;
  @Autowired MailDispatcher dispatcher;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired OutboxRows rows;
  @Autowired MailCipher cipher;
  @Autowired MailSettings settings;
  @Autowired OutboxReport report;
  @Autowired OutboxHealthIndicator health;
  @Autowired AuditTrail audit;

  @Test
  void aMailQueuedInATransactionThatRollsBackIsNeverSent() {
    String to = MailFixtures.freshAddress();
    AtomicReference<MailId> id = new AtomicReference<>();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              id.set(outbox.enqueue(MailFixtures.plain(to)));
              status.setRollbackOnly();
            });

    dispatcher.dispatchDue(later(Duration.ofDays(1)));

    assertThat(outbox.status(id.get())).isEmpty();
    assertThat(TestSmtpServer.receivedBy(to)).isEmpty();
  }

  @Test
  void queuingOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> outbox.enqueue(MailFixtures.plain(MailFixtures.freshAddress())))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void aCommittedMailArrivesOnceWithItsHeadersBothPartsAndTheReceipt() throws Exception {
    String to = MailFixtures.freshAddress();
    RenderedMail words =
        templates.render(
            "mail.example",
            Language.NB,
            Map.of(
                "name", "Kari",
                "organisation", "Eksempel AS",
                "link", "https://vern.example.invalid/u/synthetic"),
            "Eksempel AS");
    MailId id = commit(MailFixtures.full(to, words));
    MailStatus queued = outbox.status(id).orElseThrow();
    assertThat(queued.state()).isEqualTo(MailState.QUEUED);
    assertThat(storedRow(id)).doesNotContain(to).doesNotContain("Kari").doesNotContain("receipt");

    dispatcher.dispatchDue();

    List<MimeMessage> arrived = TestSmtpServer.receivedBy(to);
    assertThat(arrived).hasSize(1);
    MimeMessage mail = arrived.get(0);
    assertThat(mail.getMessageID()).isEqualTo(queued.messageId()).contains(id.toString());
    assertThat(mail.getSubject()).isEqualTo("En melding fra Eksempel AS");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("Vern test <vern@example.invalid>");
    assertThat(mail.getHeader("Content-Language", null)).isEqualTo("nb");
    assertThat(mail.getHeader("List-Unsubscribe", null))
        .isEqualTo("<https://vern.example.invalid/u/synthetic-token>, <mailto:u@example.invalid>");
    assertThat(mail.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    Multipart mixed = (Multipart) mail.getContent();
    Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
    assertThat(alternative.getContentType()).startsWith("multipart/alternative");
    assertThat((String) alternative.getBodyPart(0).getContent()).startsWith("Hei Kari,");
    assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat((String) alternative.getBodyPart(1).getContent()).contains("<p>Hei Kari,</p>");
    assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
    Part receipt = mixed.getBodyPart(1);
    assertThat(receipt.getFileName()).isEqualTo("receipt.jws");
    assertThat(receipt.isMimeType("application/jose")).isTrue();
    assertThat(receipt.getInputStream().readAllBytes()).isEqualTo(MailFixtures.receipt());

    MailStatus sent = outbox.status(id).orElseThrow();
    assertThat(sent.state()).isEqualTo(MailState.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.sentAt()).isNotNull();
    assertThat(ciphertextsLeft(id)).isZero();
    assertThat(AuditEntries.about(jdbc, 1300, id)).isEqualTo(1);

    dispatcher.dispatchDue(later(Duration.ofDays(1)));
    assertThat(TestSmtpServer.receivedBy(to)).hasSize(1);
  }

  @Test
  void noMailIsLostOrDoubledAcrossAnSmtpOutage() {
    List<String> recipients = new ArrayList<>();
    List<MailId> ids = new ArrayList<>();
    TestSmtpServer.stop();
    try {
      for (int i = 0; i < 7; i++) {
        recipients.add(MailFixtures.freshAddress());
        ids.add(commit(MailFixtures.plain(recipients.get(i))));
      }
      // One run stops at the first batch (5 in tests) that cannot reach the server.
      assertThat(dispatcher.dispatchDue()).isZero();
      assertThat(ids.stream().filter(id -> attempts(id) == 1).count())
          .isLessThanOrEqualTo(settings.dispatch().batchSize())
          .isLessThan(ids.size());
      MailDelivery.dispatchAllDue(context);
      assertThat(ids).allSatisfy(id -> assertQueued(id, 1));
      assertThat(outbox.status(ids.get(0)).orElseThrow().lastError()).contains("ConnectException");

      // Backing off: not due again at once, due again after the pause.
      dispatcher.dispatchDue();
      assertThat(ids).allSatisfy(id -> assertQueued(id, 1));
      MailDelivery.dispatchAllDue(context, later(Duration.ofHours(1)));
      assertThat(ids).allSatisfy(id -> assertQueued(id, 2));
    } finally {
      TestSmtpServer.start();
    }

    MailDelivery.dispatchAllDue(context, later(Duration.ofHours(3)));
    MailDelivery.dispatchAllDue(context, later(Duration.ofDays(2)));

    List<String> messageIds =
        ids.stream().map(id -> outbox.status(id).orElseThrow().messageId()).toList();
    assertThat(messageIds).doesNotHaveDuplicates();
    List<String> received = receivedMessageIds();
    assertThat(messageIds)
        .allSatisfy(m -> assertThat(received.stream().filter(m::equals).count()).isEqualTo(1));
    assertThat(recipients).allSatisfy(to -> assertThat(TestSmtpServer.receivedBy(to)).hasSize(1));
    assertThat(ids)
        .allSatisfy(
            id -> {
              MailStatus status = outbox.status(id).orElseThrow();
              assertThat(status.state()).isEqualTo(MailState.SENT);
              assertThat(status.attempts()).isEqualTo(3);
            });
  }

  @Test
  void aMailClaimedByADispatcherThatDiedIsSentOnceItsLeaseRunsOut() {
    String to = MailFixtures.freshAddress();
    MailId id = commit(MailFixtures.plain(to));
    Instant now = clock.instant();
    // A dispatcher claims everything due and dies before sending; its lease ends a minute later.
    List<OutboxRows.Claimed> claimed =
        rows.claim(now, now.plus(Duration.ofMinutes(1)), UUID.randomUUID(), 1_000);
    assertThat(claimed).extracting(OutboxRows.Claimed::id).contains(id.value());

    MailDelivery.dispatchAllDue(context);
    assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(MailState.SENDING);
    assertThat(TestSmtpServer.receivedBy(to)).isEmpty();

    MailDelivery.dispatchAllDue(context, later(Duration.ofMinutes(2)));
    assertThat(TestSmtpServer.receivedBy(to)).hasSize(1);
    MailStatus status = outbox.status(id).orElseThrow();
    assertThat(status.state()).isEqualTo(MailState.SENT);
    assertThat(status.attempts()).isEqualTo(2);
  }

  @Test
  void aDispatcherHandsBackWhatItCannotSendWellWithinItsLease() {
    List<MailId> ids =
        new TransactionTemplate(transactions)
            .execute(
                status ->
                    java.util.stream.IntStream.range(0, settings.dispatch().batchSize())
                        .mapToObj(
                            i -> outbox.enqueue(MailFixtures.plain(MailFixtures.freshAddress())))
                        .toList());
    // Every reading of this clock is two minutes after the one before: the 5-minute lease runs
    // short after the first mail or two.
    dispatcher.dispatchDue(new SteppingClock(clock.instant(), Duration.ofMinutes(2)));

    assertThat(ids)
        .noneSatisfy(
            id -> assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(MailState.SENDING));
    assertThat(ids).anySatisfy(id -> assertQueued(id, 0));
    MailDelivery.dispatchAllDue(context, later(Duration.ofDays(1)));
    List<String> received = receivedMessageIds();
    assertThat(ids)
        .allSatisfy(
            id -> {
              MailStatus status = outbox.status(id).orElseThrow();
              assertThat(status.state()).isEqualTo(MailState.SENT);
              assertThat(status.attempts()).isEqualTo(1);
              assertThat(received.stream().filter(status.messageId()::equals).count()).isEqualTo(1);
            });
  }

  @Test
  void aDispatcherThatIsShuttingDownClaimsNothingMore() {
    MailId id = commit(MailFixtures.plain(MailFixtures.freshAddress()));
    var stopping =
        new MailDispatcher(rows, cipher, new SmtpTransport(settings), settings, audit, clock);
    stopping.stop();

    assertThat(stopping.dispatchDue()).isZero();

    assertQueued(id, 0);
    MailDelivery.dispatchAllDue(context);
    assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(MailState.SENT);
  }

  @Test
  void withoutAnSmtpHostMailStaysQueued() {
    MailId id = commit(MailFixtures.plain(MailFixtures.freshAddress()));
    MailSettings off =
        new MailSettings(
            "",
            "",
            new MailSettings.Smtp("", 587, "", "", true, settings.smtp().timeout()),
            settings.dispatch(),
            settings.sentRetention(),
            settings.failedContentRetention(),
            settings.retentionCron());
    var unconfigured = new MailDispatcher(rows, cipher, new SmtpTransport(off), off, audit, clock);
    assertThat(new OutboxHealthIndicator(off, report).health().getStatus().getCode())
        .isEqualTo("UNKNOWN");
    assertThat(health.health().getStatus().getCode()).isEqualTo("UP");

    assertThat(unconfigured.dispatchDue(later(Duration.ofDays(1)))).isZero();

    assertQueued(id, 0);
    dispatcher.dispatchDue();
    assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(MailState.SENT);
  }

  private MailId commit(OutgoingMail mail) {
    return new TransactionTemplate(transactions).execute(status -> outbox.enqueue(mail));
  }

  private int attempts(MailId id) {
    return outbox.status(id).orElseThrow().attempts();
  }

  private void assertQueued(MailId id, int attempts) {
    MailStatus status = outbox.status(id).orElseThrow();
    assertThat(status.state()).isEqualTo(MailState.QUEUED);
    assertThat(status.attempts()).isEqualTo(attempts);
  }

  private Clock later(Duration by) {
    return Clock.offset(clock, by);
  }

  private String storedRow(MailId id) {
    return jdbc.sql("SELECT m::text FROM mail_outbox m WHERE id = ?")
        .param(id.value())
        .query(String.class)
        .single();
  }

  private int ciphertextsLeft(MailId id) {
    return jdbc.sql(
            "SELECT num_nonnulls(recipient_ciphertext, content_ciphertext) FROM mail_outbox"
                + " WHERE id = ?")
        .param(id.value())
        .query(Integer.class)
        .single();
  }

  static List<String> receivedMessageIds() {
    return TestSmtpServer.received().stream()
        .map(
            m -> {
              try {
                return m.getMessageID();
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
