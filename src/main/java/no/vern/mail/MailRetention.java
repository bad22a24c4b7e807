package no.vern.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage limitation for the outbox (Art. 5(1)(e)): a given-up mail loses its encrypted recipient
 * and contents after {@code vern.mail.failed-content-retention}, and the metadata of sent and
 * given-up mails is deleted after {@code vern.mail.sent-retention}. Plain set-based deletes, safe
 * to run on every instance at once.
 */
@Component
class MailRetention {

  private static final Logger log = LoggerFactory.getLogger(MailRetention.class);

  private final JdbcClient jdbc;
  private final MailSettings settings;
  private final Clock clock;

  MailRetention(JdbcClient jdbc, MailSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  /** The {@code mail.retention} task (MailTasks). */
  void sweep() {
    sweep(clock.instant());
  }

  /** Returns how many rows it changed or deleted. */
  int sweep(Instant now) {
    Timestamp contentBefore = Timestamp.from(now.minus(settings.failedContentRetention()));
    Timestamp metadataBefore = Timestamp.from(now.minus(settings.sentRetention()));
    int emptied =
        jdbc.sql(
                """
                UPDATE mail_outbox SET recipient_ciphertext = NULL, content_ciphertext = NULL
                 WHERE state = 'FAILED' AND failed_at < ? AND content_ciphertext IS NOT NULL
                """)
            .param(contentBefore)
            .update();
    int deleted =
        jdbc.sql(
                """
                DELETE FROM mail_outbox
                 WHERE (state = 'SENT' AND sent_at < :before)
                    OR (state = 'FAILED' AND failed_at < :before)
                """)
            .param("before", metadataBefore)
            .update();
    if (emptied + deleted > 0) {
      log.info("Mail retention: {} failed mails emptied, {} old mails deleted", emptied, deleted);
    }
    return emptied + deleted;
  }
}
