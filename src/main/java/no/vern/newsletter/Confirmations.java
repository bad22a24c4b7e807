package no.vern.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Double opt-in requests ({@code newsletter_confirmation}). The token is 256 random bits handed out
 * once in the mail; only its SHA-256 is stored, so the table alone cannot confirm anything.
 */
@Repository
class Confirmations {

  /** A request as stored; {@code usedAt} is set once it was confirmed. */
  record Pending(
      SubjectId subject,
      String list,
      UUID record,
      String formId,
      String language,
      Instant expiresAt,
      Instant usedAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcClient jdbc;

  Confirmations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a request and returns its token, which exists nowhere else. */
  String create(
      SubjectId subject,
      String list,
      UUID record,
      String formId,
      String language,
      Instant now,
      Instant expires) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    jdbc.sql(
            """
            INSERT INTO newsletter_confirmation
              (token_sha256, subject_id, list, record_id, form_id, language, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            hash(token),
            subject.value(),
            list,
            record,
            formId,
            language,
            Timestamp.from(now),
            Timestamp.from(expires))
        .update();
    return token;
  }

  Optional<Pending> find(String token) {
    return jdbc.sql(
            "SELECT subject_id, list, record_id, form_id, language, expires_at, used_at"
                + " FROM newsletter_confirmation WHERE token_sha256 = ?")
        .param(hash(token))
        .query(
            (rs, n) ->
                new Pending(
                    new SubjectId(rs.getObject("subject_id", UUID.class)),
                    rs.getString("list"),
                    rs.getObject("record_id", UUID.class),
                    rs.getString("form_id"),
                    rs.getString("language"),
                    rs.getTimestamp("expires_at").toInstant(),
                    rs.getTimestamp("used_at") == null
                        ? null
                        : rs.getTimestamp("used_at").toInstant()))
        .optional();
  }

  /** Marks the request used if it is unused and unexpired; false when another click won. */
  boolean use(String token, Instant now) {
    return jdbc.sql(
                "UPDATE newsletter_confirmation SET used_at = ? WHERE token_sha256 = ?"
                    + " AND used_at IS NULL AND expires_at > ?")
            .params(Timestamp.from(now), hash(token), Timestamp.from(now))
            .update()
        == 1;
  }

  /** Expired requests that were never confirmed, with the record each one brought. */
  List<Pending> unconfirmedBefore(Instant now, int limit) {
    return jdbc.sql(
            "SELECT subject_id, list, record_id, form_id, language, expires_at, used_at"
                + " FROM newsletter_confirmation WHERE used_at IS NULL AND expires_at <= ?"
                + " ORDER BY expires_at LIMIT ?")
        .params(Timestamp.from(now), limit)
        .query(
            (rs, n) ->
                new Pending(
                    new SubjectId(rs.getObject("subject_id", UUID.class)),
                    rs.getString("list"),
                    rs.getObject("record_id", UUID.class),
                    rs.getString("form_id"),
                    rs.getString("language"),
                    rs.getTimestamp("expires_at").toInstant(),
                    null))
        .list();
  }

  int deleteExpired(Instant now) {
    return jdbc.sql("DELETE FROM newsletter_confirmation WHERE expires_at <= ?")
        .param(Timestamp.from(now))
        .update();
  }

  /** Whether the sign-up that brought this record has its request already (a retried event). */
  boolean existsFor(SubjectId subject, String list, UUID record) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM newsletter_confirmation"
                + " WHERE subject_id = ? AND list = ? AND record_id = ?)")
        .params(subject.value(), list, record)
        .query(Boolean.class)
        .single();
  }

  /** A person who left a list has no sign-up waiting for it either. */
  void deleteFor(SubjectId subject, String list) {
    jdbc.sql("DELETE FROM newsletter_confirmation WHERE subject_id = ? AND list = ?")
        .params(subject.value(), list)
        .update();
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
