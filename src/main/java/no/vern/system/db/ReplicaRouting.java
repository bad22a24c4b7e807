package no.vern.system.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.vern.shared.db.ReplicaReads;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Vern's DataSource when a read replica is configured: the primary's pool, except for connections
 * taken inside {@link ReplicaReads#mayLag} while {@link ReplicaLag} finds the replica usable. A
 * replica that refuses a connection is bypassed at once, so a read never fails because the replica
 * went down. {@code unwrap} reaches the primary's pool, as code that needs the pool itself expects.
 */
final class ReplicaRouting extends DelegatingDataSource implements AutoCloseable {

  private final DataSource replica;
  private final ReplicaLag lag;

  ReplicaRouting(DataSource primary, DataSource replica, ReplicaLag lag) {
    super(primary);
    this.replica = replica;
    this.lag = lag;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (ReplicaReads.tolerated() && lag.usable()) {
      try {
        return replica.getConnection();
      } catch (SQLException down) {
        lag.unreachable();
      }
    }
    return obtainTargetDataSource().getConnection();
  }

  ReplicaLag lag() {
    return lag;
  }

  /** Stops the beats, then closes both pools. */
  @Override
  public void close() throws Exception {
    lag.stop();
    if (replica instanceof AutoCloseable pool) {
      pool.close();
    }
    if (obtainTargetDataSource() instanceof AutoCloseable pool) {
      pool.close();
    }
  }
}
