package no.vern.system.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the read replica may answer: every second this instance stamps the heartbeat row on the
 * primary and reads the last stamp the replica has replayed; the replica is usable while it answers
 * and that stamp is at most {@code maxLag} old. Per instance and sub-second, so not a task of the
 * cluster scheduler. A replica that fails a connection is marked unusable at once ({@link
 * #unreachable}), and taken back when the next beat finds it caught up.
 *
 * <p>The age is the replica's clock minus the primary's, so both servers keep NTP time; a stamp is
 * up to a second old by construction, which errs towards the primary.
 */
final class ReplicaLag {

  private static final Logger log = LoggerFactory.getLogger(ReplicaLag.class);
  private static final Duration BEAT = Duration.ofSeconds(1);

  private final DataSource primary;
  private final DataSource replica;
  private final Duration maxLag;
  private @Nullable ScheduledExecutorService beating;
  private volatile boolean usable;
  private volatile @Nullable Duration lag;

  ReplicaLag(DataSource primary, DataSource replica, Duration maxLag) {
    this.primary = primary;
    this.replica = replica;
    this.maxLag = maxLag;
  }

  boolean usable() {
    return usable;
  }

  /** The lag last measured; null while the replica does not answer. */
  @Nullable Duration lag() {
    return lag;
  }

  /** A connection to the replica failed: the primary answers until the next beat says otherwise. */
  void unreachable() {
    change(false, null);
  }

  /** One beat: stamp on the primary, read the replica's copy. */
  void beat() {
    try (Connection c = primary.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE system_replica_heartbeat SET beat_at = clock_timestamp() WHERE id = 1");
    } catch (SQLException e) {
      // Before the migrations have run (42P01) this is expected; the replica stays unused.
      if (!"42P01".equals(e.getSQLState())) {
        log.warn("Could not stamp the replica heartbeat on the primary: {}", e.getSQLState());
      }
    }
    try (Connection c = replica.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (extract(epoch FROM clock_timestamp() - beat_at) * 1000)::bigint"
                    + " FROM system_replica_heartbeat WHERE id = 1")) {
      Duration measured = r.next() ? Duration.ofMillis(Math.max(0, r.getLong(1))) : null;
      change(measured != null && measured.compareTo(maxLag) <= 0, measured);
    } catch (SQLException e) {
      change(false, null);
    }
  }

  private void change(boolean nowUsable, @Nullable Duration measured) {
    lag = measured;
    if (usable != nowUsable) {
      usable = nowUsable;
      // Only transitions are logged, and nothing but the lag: no query, no value.
      if (nowUsable) {
        log.info("Read replica in use (lag {} ms)", measured == null ? -1 : measured.toMillis());
      } else {
        log.warn(
            "Read replica bypassed: {}",
            measured == null
                ? "not reachable"
                : "lag " + measured.toMillis() + " ms over " + maxLag);
      }
    }
  }

  /**
   * Beats until {@link #stop}; until the schema is migrated the beats fail and find it unusable.
   */
  void start() {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "vern-replica-lag");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(this::beatSafely, 0, BEAT.toMillis(), TimeUnit.MILLISECONDS);
    beating = executor;
  }

  private void beatSafely() {
    try {
      beat();
    } catch (RuntimeException e) {
      change(false, null);
    }
  }

  void stop() {
    ScheduledExecutorService executor = beating;
    if (executor != null) {
      executor.shutdownNow();
      beating = null;
    }
    usable = false;
  }
}
