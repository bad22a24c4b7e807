package no.vern.dsr.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import no.vern.dsr.domain.References;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time codes (Art. 12(6)): six digits mailed to the person, kept as an HMAC only, valid for
 * {@code vern.dsr.code-ttl} and for {@code vern.dsr.code-attempts} tries; a right code is spent at
 * once. The tries are counted in the same statement that reads the code, so parallel guesses cannot
 * get more tries than the limit.
 */
@Repository
class Codes {

  enum Check {
    RIGHT,
    WRONG,
    SPENT
  }

  private final JdbcClient jdbc;
  private final DsrKeys keys;
  private final DsrSettings settings;

  Codes(JdbcClient jdbc, DsrKeys keys, DsrSettings settings) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.settings = settings;
  }

  /** A new code for the request, replacing any earlier one; returns the digits to mail. */
  String issue(UUID request, Instant now) {
    String code = References.code();
    jdbc.sql(
            "INSERT INTO dsr_code (request_id, code_hash, expires_at, attempts)"
                + " VALUES (:id, :hash, :expires, 0) ON CONFLICT (request_id) DO UPDATE"
                + " SET code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at,"
                + " attempts = 0")
        .param("id", request)
        .param("hash", keys.codeHash(request, code))
        .param("expires", Timestamp.from(now.plus(settings.codeTtl())))
        .update();
    return code;
  }

  Check check(UUID request, String code, Instant now) {
    var stored =
        jdbc.sql(
                "UPDATE dsr_code SET attempts = attempts + 1 WHERE request_id = :id"
                    + " AND attempts < :max AND expires_at > :now RETURNING code_hash")
            .param("id", request)
            .param("max", settings.codeAttempts())
            .param("now", Timestamp.from(now))
            .query(byte[].class)
            .optional();
    if (stored.isEmpty()) {
      return Check.SPENT;
    }
    if (!keys.codeMatches(request, code.strip(), stored.get())) {
      return Check.WRONG;
    }
    jdbc.sql("DELETE FROM dsr_code WHERE request_id = :id").param("id", request).update();
    return Check.RIGHT;
  }
}
