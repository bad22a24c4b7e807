package no.vern.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import no.vern.access.LoginThrottlePolicy.Counter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sign-in counters (V0020), one row per scope and key. */
@Repository
class LoginThrottles {

  enum Scope {
    ADDRESS,
    PAIR,
    USERNAME;

    String column() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A counter's identity; {@code usernameKey} is set on pair and username rows. */
  record Key(Scope scope, byte[] key, byte[] usernameKey) {}

  private final JdbcClient jdbc;

  LoginThrottles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The counter, created when missing and locked until the transaction ends, so attempts on other
   * instances wait for this one to be counted. Callers lock address, pair and username in that
   * order, so two attempts never wait for each other in a circle.
   */
  Counter lock(Key key, Instant now) {
    jdbc.sql(
            """
            INSERT INTO access_login_throttle (scope, key, username_key, failures, last_failure_at)
            VALUES (?, ?, ?, 0, ?) ON CONFLICT (scope, key) DO NOTHING
            """)
        .params(key.scope().column(), key.key(), key.usernameKey(), Timestamp.from(now))
        .update();
    return jdbc.sql(
            "SELECT failures, last_failure_at, noticed FROM access_login_throttle"
                + " WHERE scope = ? AND key = ? FOR UPDATE")
        .params(key.scope().column(), key.key())
        .query(
            (rs, row) ->
                new Counter(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3)))
        .single();
  }

  Optional<Counter> read(Key key) {
    return jdbc.sql(
            "SELECT failures, last_failure_at, noticed FROM access_login_throttle"
                + " WHERE scope = ? AND key = ?")
        .params(key.scope().column(), key.key())
        .query(
            (rs, row) ->
                new Counter(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3)))
        .optional();
  }

  void save(Key key, Counter counter) {
    jdbc.sql(
            "UPDATE access_login_throttle SET failures = ?, last_failure_at = ?, noticed = ?"
                + " WHERE scope = ? AND key = ?")
        .params(
            counter.failures(),
            Timestamp.from(counter.lastFailure()),
            counter.noticed(),
            key.scope().column(),
            key.key())
        .update();
  }

  /** Forgets every pair and username counter of one username; the address counters stay. */
  int clearUsername(byte[] usernameKey) {
    return jdbc.sql("DELETE FROM access_login_throttle WHERE username_key = ?")
        .param(usernameKey)
        .update();
  }

  /** Deletes counters whose last failure is older than {@code before}: they are forgotten. */
  int purge(Instant before) {
    return jdbc.sql("DELETE FROM access_login_throttle WHERE last_failure_at < ?")
        .param(Timestamp.from(before))
        .update();
  }
}
