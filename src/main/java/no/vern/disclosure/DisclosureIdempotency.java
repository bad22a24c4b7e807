package no.vern.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for the register's POSTs, as intake's (docs/intake.md) but simpler: the
 * key is claimed in the request's own transaction, so a concurrent repeat waits on the primary key
 * until the first commits (then answers its ids) or rolls back (then goes ahead itself). A refused
 * request keeps no key. Same key, other request: 422.
 */
@Repository
class DisclosureIdempotency {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A key and the fingerprint of the request it came with. */
  record Claim(String key, byte[] fingerprint) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  DisclosureIdempotency(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The header's key (bare or as a quoted string) with the request's fingerprint; or none. */
  static @Nullable Claim of(@Nullable String header, String operation, Object body) {
    if (header == null) {
      return null;
    }
    String key = header.strip();
    if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
      key = key.substring(1, key.length() - 1);
    }
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new ApiProblem(
          CommonProblem.INVALID_PARAMETER,
          "The Idempotency-Key header is not valid.",
          List.of(
              new FieldError(
                  "Idempotency-Key", "invalid", "1 to 255 printable ASCII characters.")));
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      sha.update(JSON.writeValueAsBytes(body));
      return new Claim(key, sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Claims the key in the caller's transaction; answers the ids kept with it when the same request
   * was made before, empty when this request goes ahead (then call {@link #keep}).
   */
  Optional<List<UUID>> claim(String actor, Claim claim) {
    int inserted =
        jdbc.sql(
                "INSERT INTO disclosure_idempotency (actor, key, fingerprint, created_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(actor, claim.key(), claim.fingerprint(), Timestamp.from(clock.instant()))
            .update();
    if (inserted == 1) {
      return Optional.empty();
    }
    var kept =
        jdbc.sql(
                "SELECT fingerprint, ids::text[] FROM disclosure_idempotency WHERE actor = ? AND key = ?")
            .params(actor, claim.key())
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getBytes(1), rs.getArray(2) == null ? null : rs.getArray(2).getArray()
                    })
            .single();
    if (!Arrays.equals((byte[]) kept[0], claim.fingerprint()) || kept[1] == null) {
      throw new ApiProblem(
          CommonProblem.UNPROCESSABLE,
          "This Idempotency-Key was used for another request; use a new key for this one.");
    }
    return Optional.of(Arrays.stream((String[]) kept[1]).map(UUID::fromString).toList());
  }

  void keep(String actor, Claim claim, List<UUID> ids) {
    jdbc.sql("UPDATE disclosure_idempotency SET ids = ?::uuid[] WHERE actor = ? AND key = ?")
        .params(ids.stream().map(UUID::toString).toArray(String[]::new), actor, claim.key())
        .update();
  }
}
