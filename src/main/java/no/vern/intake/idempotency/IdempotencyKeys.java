package no.vern.intake.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code intake_idempotency_key}: ids, digests and the answers sent, never values. */
@Repository
class IdempotencyKeys {

  /** A stored key. {@code fingerprint} is null while an import is still reading its body. */
  record Stored(
      String operation,
      byte[] fingerprint,
      UUID claim,
      String state,
      Integer status,
      String location,
      String responseBody,
      Instant touchedAt) {}

  private final JdbcClient jdbc;

  IdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a claim; false when the key exists (and was not older than {@code expiredBefore}). */
  boolean claim(
      String principal,
      String key,
      String operation,
      byte[] fingerprint,
      UUID claim,
      Instant now,
      Instant expiredBefore) {
    jdbc.sql(
            "DELETE FROM intake_idempotency_key WHERE principal = ? AND idempotency_key = ?"
                + " AND created_at < ?")
        .params(principal, key, Timestamp.from(expiredBefore))
        .update();
    return jdbc.sql(
                """
                INSERT INTO intake_idempotency_key
                  (principal, idempotency_key, operation, fingerprint, claim, state, created_at,
                   touched_at)
                VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?)
                ON CONFLICT DO NOTHING""")
            .params(
                principal,
                key,
                operation,
                fingerprint,
                claim,
                Timestamp.from(now),
                Timestamp.from(now))
            .update()
        == 1;
  }

  Optional<Stored> find(String principal, String key) {
    return jdbc.sql(
            "SELECT operation, fingerprint, claim, state, status, location, response_body,"
                + " touched_at FROM intake_idempotency_key"
                + " WHERE principal = ? AND idempotency_key = ?")
        .params(principal, key)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getString(1),
                    rs.getBytes(2),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    (Integer) rs.getObject(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getTimestamp(8).toInstant()))
        .optional();
  }

  /** Takes over an abandoned claim; false when someone else changed it first. */
  boolean takeOver(
      String principal, String key, UUID old, UUID claim, byte[] fingerprint, Instant now) {
    return jdbc.sql(
                "UPDATE intake_idempotency_key SET claim = ?, fingerprint = ?, touched_at = ?"
                    + " WHERE principal = ? AND idempotency_key = ? AND claim = ?"
                    + " AND state = 'IN_PROGRESS'")
            .params(claim, fingerprint, Timestamp.from(now), principal, key, old)
            .update()
        == 1;
  }

  /** Shows the claim is still worked on. */
  void touch(String principal, String key, UUID claim, Instant now) {
    jdbc.sql(
            "UPDATE intake_idempotency_key SET touched_at = ?"
                + " WHERE principal = ? AND idempotency_key = ? AND claim = ?")
        .params(Timestamp.from(now), principal, key, claim)
        .update();
  }

  /**
   * Stores the answer under the claim, in the caller's transaction; false when the claim is no
   * longer this request's.
   */
  boolean finish(
      String principal,
      String key,
      UUID claim,
      String state,
      byte[] fingerprint,
      int status,
      String location,
      String body,
      Instant now) {
    return jdbc.sql(
                """
                UPDATE intake_idempotency_key
                SET state = ?, fingerprint = coalesce(?, fingerprint), status = ?, location = ?,
                    response_body = ?, touched_at = ?
                WHERE principal = ? AND idempotency_key = ? AND claim = ?
                  AND state = 'IN_PROGRESS'""")
            .params(
                state,
                fingerprint,
                status,
                location,
                body,
                Timestamp.from(now),
                principal,
                key,
                claim)
            .update()
        == 1;
  }

  /** Gives the key back: the request stored nothing, so a retry may run it afresh. */
  void release(String principal, String key, UUID claim) {
    jdbc.sql(
            "DELETE FROM intake_idempotency_key WHERE principal = ? AND idempotency_key = ?"
                + " AND claim = ? AND state = 'IN_PROGRESS'")
        .params(principal, key, claim)
        .update();
  }

  /** Removes keys created before the instant; returns how many. */
  int purge(Instant before) {
    return jdbc.sql("DELETE FROM intake_idempotency_key WHERE created_at < ?")
        .param(Timestamp.from(before))
        .update();
  }
}
