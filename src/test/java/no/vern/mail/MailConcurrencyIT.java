package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.vern.audit.AuditTrail;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two dispatchers, as two Vern instances would run them, on one database: every mail goes out
 * exactly once. Each has its own SMTP transport and claims small batches (test batch size 5), so
 * their rounds interleave.
 */
@VernTest
class MailConcurrencyIT {

  @Autowired Outbox outbox;
  @Autowired MailDispatcher first;
  @Autowired OutboxRows rows;
  @Autowired MailCipher cipher;
  @Autowired MailSettings settings;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void twoDispatchersRunningAtOnceNeverSendAMailTwice() throws Exception {
    List<String> recipients = new ArrayList<>();
    List<MailId> ids =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  List<MailId> queued = new ArrayList<>();
                  for (int i = 0; i < 40; i++) {
                    recipients.add(MailFixtures.freshAddress());
                    queued.add(outbox.enqueue(MailFixtures.plain(recipients.get(i))));
                  }
                  return queued;
                });
    MailDispatcher second =
        new MailDispatcher(rows, cipher, new SmtpTransport(settings), settings, audit, clock);

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = pool.submit(() -> awaitThen(start, first));
      Future<Integer> b = pool.submit(() -> awaitThen(start, second));
      start.countDown();
      assertThat(a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS))
          .isGreaterThanOrEqualTo(40);
    } finally {
      pool.shutdownNow();
    }

    List<String> received = MailOutboxIT.receivedMessageIds();
    assertThat(ids)
        .allSatisfy(
            id -> {
              MailStatus status = outbox.status(id).orElseThrow();
              assertThat(status.state()).isEqualTo(MailState.SENT);
              assertThat(status.attempts()).isEqualTo(1);
              assertThat(received.stream().filter(status.messageId()::equals).count()).isEqualTo(1);
            });
    assertThat(recipients).allSatisfy(to -> assertThat(TestSmtpServer.receivedBy(to)).hasSize(1));
  }

  private static int awaitThen(CountDownLatch start, MailDispatcher dispatcher)
      throws InterruptedException {
    start.await();
    return dispatcher.dispatchDue();
  }
}
