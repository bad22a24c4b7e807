package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Given-up mails lose their contents after 30 days; sent and given-up metadata go after a year. */
@VernTest
class MailRetentionIT {

  @Autowired ApplicationContext context;
  @Autowired Outbox outbox;
  @Autowired OutboxReport report;
  @Autowired MailRetention retention;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void contentsOfGivenUpMailsAndOldMetadataAreDeletedOnTime() {
    MailId sent = enqueue();
    MailDelivery.dispatchAllDue(context);
    MailId failed;
    TestSmtpServer.stop();
    try {
      failed = enqueue();
      for (int hour = 0; hour < 4; hour++) {
        MailDelivery.dispatchAllDue(context, Clock.offset(clock, Duration.ofHours(hour)));
      }
    } finally {
      TestSmtpServer.start();
    }
    assertThat(outbox.status(sent).orElseThrow().state()).isEqualTo(MailState.SENT);
    assertThat(outbox.status(failed).orElseThrow().state()).isEqualTo(MailState.FAILED);
    Instant now = clock.instant();

    retention.sweep(now.plus(Duration.ofDays(29)));
    assertThat(ciphertexts(failed)).isEqualTo(2);

    retention.sweep(now.plus(Duration.ofDays(31)));
    assertThat(ciphertexts(failed)).isZero();
    assertThat(report.failed())
        .filteredOn(f -> f.id().equals(failed.value()))
        .singleElement()
        .satisfies(f -> assertThat(f.retryable()).isFalse());
    assertThat(report.retry(failed.value(), now)).isFalse();
    assertThat(outbox.status(sent)).isPresent();

    retention.sweep(now.plus(Duration.ofDays(366)));
    assertThat(outbox.status(sent)).isEmpty();
    assertThat(outbox.status(failed)).isEmpty();
  }

  private MailId enqueue() {
    return new TransactionTemplate(transactions)
        .execute(status -> outbox.enqueue(MailFixtures.plain(MailFixtures.freshAddress())));
  }

  private int ciphertexts(MailId id) {
    return jdbc.sql(
            "SELECT num_nonnulls(recipient_ciphertext, content_ciphertext) FROM mail_outbox"
                + " WHERE id = ?")
        .param(id.value())
        .query(Integer.class)
        .single();
  }
}
