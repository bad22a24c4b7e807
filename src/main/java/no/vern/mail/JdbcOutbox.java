package no.vern.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.vern.shared.VernSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as one insert in the caller's transaction. */
@Component
class JdbcOutbox implements Outbox {

  private final JdbcClient jdbc;
  private final MailCipher cipher;
  private final Clock clock;
  private final String messageIdDomain;
  private final MailSettings settings;

  JdbcOutbox(
      JdbcClient jdbc, MailCipher cipher, Clock clock, MailSettings settings, VernSettings vern) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
    this.messageIdDomain = messageIdDomain(settings.from(), vern.baseUrl());
    this.settings = settings;
  }

  @Override
  public boolean configured() {
    return settings.configured();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public MailId enqueue(OutgoingMail mail) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    byte[] recipient = mail.to().value().getBytes(StandardCharsets.UTF_8);
    jdbc.sql(
            """
            INSERT INTO mail_outbox (id, kind, language, message_id, state, attempts, queued_at,
                                     next_attempt_at, recipient_ciphertext, content_ciphertext)
            VALUES (:id, :kind, :language, :messageId, 'QUEUED', 0, :now, :now, :recipient,
                    :content)
            """)
        .param("id", id)
        .param("kind", mail.kind())
        .param("language", mail.language().tag())
        .param("messageId", "<" + id + "@" + messageIdDomain + ">")
        .param("now", Timestamp.from(now))
        .param("recipient", cipher.encrypt(id, MailCipher.Field.RECIPIENT, recipient))
        .param(
            "content", cipher.encrypt(id, MailCipher.Field.CONTENT, MailContent.of(mail).toJson()))
        .update();
    return new MailId(id);
  }

  @Override
  public Optional<MailStatus> status(MailId id) {
    return jdbc.sql(
            """
            SELECT id, kind, language, state, attempts, message_id, queued_at, sent_at, last_error
              FROM mail_outbox WHERE id = ?
            """)
        .param(id.value())
        .query(JdbcOutbox::status)
        .optional();
  }

  static MailStatus status(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new MailStatus(
        new MailId(rs.getObject("id", UUID.class)),
        rs.getString("kind"),
        Language.of(rs.getString("language")).orElseThrow(),
        MailState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        rs.getString("message_id"),
        rs.getTimestamp("queued_at").toInstant(),
        sent == null ? null : sent.toInstant(),
        rs.getString("last_error"));
  }

  /**
   * The right-hand side of every Message-ID: the sender's domain, so ids are unique to this
   * organisation; the host of the base URL while no sender is configured.
   */
  static String messageIdDomain(String from, String baseUrl) {
    int at = from.lastIndexOf('@');
    if (at >= 0) {
      String domain = from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
      if (!domain.isEmpty()) {
        return domain;
      }
    }
    String host = URI.create(baseUrl).getHost();
    return host == null || host.isBlank() ? "vern.invalid" : host;
  }
}
