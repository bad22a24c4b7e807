package no.vern.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dispatcher's statements on {@code mail_outbox}. Each runs on its own (auto-commit): a claim
 * is committed before any mail of it is sent, and a send is recorded right after the server
 * accepted it, so the window in which a crash can cause a second send stays one statement wide.
 * Updates after a claim carry its lease token and do nothing once another dispatcher took over.
 */
@Component
class OutboxRows {

  /**
   * A claimed row, with its ciphertexts: the dispatcher's working copy, deliberately apart from
   * {@link MailStatus}, which never carries recipient or contents.
   */
  record Claimed(
      UUID id,
      String kind,
      Language language,
      String messageId,
      int attempts,
      Instant leaseUntil,
      byte[] recipient,
      byte[] content) {
    @Override
    public String toString() {
      return "Claimed[" + id + ", " + kind + ", attempt " + attempts + "]";
    }
  }

  private final JdbcClient jdbc;

  OutboxRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Takes up to {@code limit} due rows for this dispatcher until {@code leaseUntil}, counting an
   * attempt for each. {@code SKIP LOCKED} lets two dispatchers claim at once without waiting for or
   * taking each other's rows; a row whose lease ran out is due again.
   */
  List<Claimed> claim(Instant now, Instant leaseUntil, UUID token, int limit) {
    return jdbc.sql(
            """
            UPDATE mail_outbox m
               SET state = 'SENDING', lease_token = :token, next_attempt_at = :leaseUntil,
                   attempts = m.attempts + 1, last_attempt_at = :now
             WHERE m.id IN (SELECT id FROM mail_outbox
                             WHERE state IN ('QUEUED', 'SENDING') AND next_attempt_at <= :now
                             ORDER BY next_attempt_at
                             LIMIT :limit
                             FOR UPDATE SKIP LOCKED)
            RETURNING m.id, m.kind, m.language, m.message_id, m.attempts, m.next_attempt_at,
                      m.recipient_ciphertext, m.content_ciphertext
            """)
        .param("token", token)
        .param("leaseUntil", Timestamp.from(leaseUntil))
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(OutboxRows::claimed)
        .list();
  }

  /** Accepted by the server: forget recipient and contents. False when the lease was lost. */
  boolean markSent(Claimed row, UUID token, Instant at) {
    return jdbc.sql(
                """
                UPDATE mail_outbox
                   SET state = 'SENT', sent_at = :at, lease_token = NULL, last_error = NULL,
                       recipient_ciphertext = NULL, content_ciphertext = NULL
                 WHERE id = :id AND lease_token = :token AND state = 'SENDING'
                """)
            .param("at", Timestamp.from(at))
            .param("id", row.id())
            .param("token", token)
            .update()
        == 1;
  }

  /** A failed attempt: queued again at {@code next}, or given up when there is none. */
  boolean markFailed(Claimed row, UUID token, Instant at, String error, Optional<Instant> next) {
    return jdbc.sql(
                """
                UPDATE mail_outbox
                   SET state = :state, next_attempt_at = :next, last_error = :error,
                       failed_at = CASE WHEN :state = 'FAILED' THEN CAST(:at AS timestamptz) END,
                       lease_token = NULL
                 WHERE id = :id AND lease_token = :token AND state = 'SENDING'
                """)
            .param("state", next.isPresent() ? MailState.QUEUED.name() : MailState.FAILED.name())
            .param("next", Timestamp.from(next.orElse(at)))
            .param("at", Timestamp.from(at))
            .param("error", error)
            .param("id", row.id())
            .param("token", token)
            .update()
        == 1;
  }

  /** Not tried after all (too little lease left): due again at once, the attempt not counted. */
  void release(Claimed row, UUID token, Instant at) {
    jdbc.sql(
            """
            UPDATE mail_outbox
               SET state = 'QUEUED', next_attempt_at = :at, attempts = attempts - 1,
                   lease_token = NULL
             WHERE id = :id AND lease_token = :token AND state = 'SENDING'
            """)
        .param("at", Timestamp.from(at))
        .param("id", row.id())
        .param("token", token)
        .update();
  }

  private static Claimed claimed(ResultSet rs, int row) throws SQLException {
    return new Claimed(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        Language.of(rs.getString("language")).orElseThrow(),
        rs.getString("message_id"),
        rs.getInt("attempts"),
        rs.getTimestamp("next_attempt_at").toInstant(),
        rs.getBytes("recipient_ciphertext"),
        rs.getBytes("content_ciphertext"));
  }
}
