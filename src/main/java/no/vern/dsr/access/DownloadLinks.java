package no.vern.dsr.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.vern.dsr.AnswerKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for download links, found by the SHA-256 of their token (the token itself is not kept). */
@Repository
class DownloadLinks {

  /** A link that was valid when it was used up. */
  record Used(UUID subject, AnswerKind kind, String language, @Nullable UUID request) {}

  /**
   * How long a link's row outlives its expiry: long enough to tell a person who complains that
   * their link was used, and when; the row holds ids only, and the audit trail keeps the rest.
   */
  static final java.time.Duration KEPT_AFTER_EXPIRY = java.time.Duration.ofDays(30);

  private final JdbcClient jdbc;

  DownloadLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      String token,
      UUID subject,
      AnswerKind kind,
      String language,
      @Nullable UUID request,
      Instant issued,
      Instant expires) {
    jdbc.sql(
            """
            INSERT INTO dsr_download
              (token_sha256, subject_id, kind, language, request_id, issued_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            sha256(token),
            subject,
            kind.name(),
            language,
            request,
            Timestamp.from(issued),
            Timestamp.from(expires))
        .update();
  }

  /** Whether the link would work now, without using it up (for the page before the button). */
  Optional<AnswerKind> usable(String token, Instant now) {
    return jdbc.sql(
            "SELECT kind FROM dsr_download WHERE token_sha256 = ? AND used_at IS NULL"
                + " AND expires_at > ?")
        .params(sha256(token), Timestamp.from(now))
        .query(String.class)
        .optional()
        .map(AnswerKind::valueOf);
  }

  /**
   * Uses the link up, in one statement, so two clicks at once cannot both get the package; empty
   * when it was used, expired or never issued. In the caller's transaction: if building the package
   * fails, the link stays usable.
   */
  Optional<Used> use(String token, Instant now) {
    return jdbc.sql(
            """
            UPDATE dsr_download SET used_at = :now
            WHERE token_sha256 = :hash AND used_at IS NULL AND expires_at > :now
            RETURNING subject_id, kind, language, request_id""")
        .param("now", Timestamp.from(now))
        .param("hash", sha256(token))
        .query(
            (rs, n) ->
                new Used(
                    rs.getObject(1, UUID.class),
                    AnswerKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getObject(4, UUID.class)))
        .optional();
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Deletes links that expired before {@code before}, used or not; safe to run twice. */
  int purge(Instant before) {
    return jdbc.sql("DELETE FROM dsr_download WHERE expires_at < ?")
        .param(Timestamp.from(before))
        .update();
  }
}
