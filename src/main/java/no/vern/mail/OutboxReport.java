package no.vern.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the admin page shows of the outbox (ids, kinds, counts, error classes) and its retry. */
@Component
class OutboxReport {

  static final int MAX_FAILED_ROWS = 200;

  /**
   * A given-up mail for the admin list; {@code retryable} is false once its contents were deleted.
   * A deliberate read apart from {@link MailStatus}: when it failed and whether it can be retried.
   */
  record Failed(
      UUID id, String kind, int attempts, String lastError, Instant failedAt, boolean retryable) {}

  private final JdbcClient jdbc;

  OutboxReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<MailState, Long> counts() {
    Map<MailState, Long> counts = new EnumMap<>(MailState.class);
    for (MailState state : MailState.values()) {
      counts.put(state, 0L);
    }
    jdbc.sql("SELECT state, count(*) AS n FROM mail_outbox GROUP BY state")
        .query(
            rs -> {
              counts.put(MailState.valueOf(rs.getString("state")), rs.getLong("n"));
            });
    return counts;
  }

  /** The most recently given up first; one more than the limit when there are more. */
  List<Failed> failed() {
    return jdbc.sql(
            """
            SELECT id, kind, attempts, last_error, failed_at,
                   content_ciphertext IS NOT NULL AS retryable
              FROM mail_outbox WHERE state = 'FAILED'
             ORDER BY failed_at DESC, id LIMIT ?
            """)
        .param(MAX_FAILED_ROWS + 1)
        .query(
            (rs, n) ->
                new Failed(
                    rs.getObject("id", UUID.class),
                    rs.getString("kind"),
                    rs.getInt("attempts"),
                    rs.getString("last_error"),
                    rs.getTimestamp("failed_at").toInstant(),
                    rs.getBoolean("retryable")))
        .list();
  }

  /**
   * Queues a given-up mail again with a fresh set of attempts. False when it is not FAILED or its
   * contents were already deleted.
   */
  boolean retry(UUID id, Instant now) {
    return jdbc.sql(
                """
                UPDATE mail_outbox
                   SET state = 'QUEUED', attempts = 0, next_attempt_at = ?, failed_at = NULL
                 WHERE id = ? AND state = 'FAILED' AND content_ciphertext IS NOT NULL
                """)
            .params(Timestamp.from(now), id)
            .update()
        == 1;
  }
}
