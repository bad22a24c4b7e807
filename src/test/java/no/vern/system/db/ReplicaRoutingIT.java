package no.vern.system.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import no.vern.shared.db.ReplicaReads;
import no.vern.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17: which connections the read replica serves, without a standby. The "replica" here is a
 * second pool on the test database with its own application name, so each answer tells which pool
 * served it; a replica that cannot be reached is a pool on a port nobody listens on. The standby
 * itself, and its lag, are {@link ReadReplicaStandbyIT}.
 */
class ReplicaRoutingIT {

  private final java.util.List<HikariDataSource> pools = new java.util.ArrayList<>();
  private JdbcClient primaryOnly;

  @BeforeEach
  void schema() {
    DataSource primary = pool("vern-primary", TestDatabase.get().url());
    primaryOnly = JdbcClient.create(primary);
    primaryOnly
        .sql(
            "CREATE TABLE IF NOT EXISTS system_replica_heartbeat"
                + " (id smallint PRIMARY KEY, beat_at timestamptz NOT NULL)")
        .update();
    primaryOnly
        .sql("INSERT INTO system_replica_heartbeat VALUES (1, now()) ON CONFLICT DO NOTHING")
        .update();
  }

  @AfterEach
  void close() {
    pools.forEach(HikariDataSource::close);
  }

  @Test
  void onlyReadsMarkedAsTolerantOfLagGoToAReplicaThatIsCaughtUp() {
    ReplicaRouting routing = routing(TestDatabase.get().url(), Duration.ofSeconds(5));
    JdbcClient jdbc = JdbcClient.create(routing);

    assertThat(servedBy(jdbc)).isEqualTo("vern-primary");
    assertThat(ReplicaReads.mayLag(() -> servedBy(jdbc))).isEqualTo("vern-replica");
    assertThat(ReplicaReads.mayLag(() -> ReplicaReads.onPrimary(() -> servedBy(jdbc))))
        .as("what a cache keeps is read on the primary")
        .isEqualTo("vern-primary");
    assertThat(servedBy(jdbc)).as("the mark ends with its block").isEqualTo("vern-primary");
  }

  @Test
  void insideATransactionEverythingStaysOnThePrimary() {
    ReplicaRouting routing = routing(TestDatabase.get().url(), Duration.ofSeconds(5));
    JdbcClient jdbc = JdbcClient.create(routing);
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(routing));

    String served = tx.execute(status -> ReplicaReads.mayLag(() -> servedBy(jdbc)));

    assertThat(served).isEqualTo("vern-primary");
  }

  @Test
  void aReplicaThatCannotBeReachedIsBypassedAndTheReadStillSucceeds() {
    ReplicaRouting routing =
        routing("jdbc:postgresql://127.0.0.1:1/vern?connectTimeout=1", Duration.ofSeconds(5));
    JdbcClient jdbc = JdbcClient.create(routing);

    assertThat(ReplicaReads.mayLag(() -> servedBy(jdbc))).isEqualTo("vern-primary");
  }

  @Test
  void aReplicaThatGoesDownBetweenTwoBeatsIsBypassedAtTheFirstFailedConnection() {
    ReplicaRouting routing = routing(TestDatabase.get().url(), Duration.ofSeconds(5));
    JdbcClient jdbc = JdbcClient.create(routing);
    assertThat(ReplicaReads.mayLag(() -> servedBy(jdbc))).isEqualTo("vern-replica");

    pools.get(pools.size() - 1).close(); // the replica's pool: every connection now fails

    assertThat(ReplicaReads.mayLag(() -> servedBy(jdbc))).isEqualTo("vern-primary");
    assertThat(routing.lag().usable()).isFalse();
  }

  @Test
  void aReplicaLaggingPastTheLimitIsBypassed() {
    // A limit nothing can meet: the stamp read back is always at least a moment old.
    ReplicaRouting routing = routing(TestDatabase.get().url(), Duration.ofNanos(1));
    JdbcClient jdbc = JdbcClient.create(routing);

    assertThat(ReplicaReads.mayLag(() -> servedBy(jdbc))).isEqualTo("vern-primary");
  }

  /** A routing whose lag has been measured once, so the answer does not wait for the beat. */
  private ReplicaRouting routing(String replicaUrl, Duration maxLag) {
    HikariDataSource primary = pool("vern-primary", TestDatabase.get().url());
    HikariDataSource replica = pool("vern-replica", replicaUrl);
    ReplicaLag lag = new ReplicaLag(primary, replica, maxLag);
    lag.beat();
    return new ReplicaRouting(primary, replica, lag);
  }

  private HikariDataSource pool(String name, String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(TestDatabase.get().user());
    config.setPassword(TestDatabase.get().password());
    config.setPoolName(name);
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(0);
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(1000);
    config.addDataSourceProperty("ApplicationName", name);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  private static String servedBy(JdbcClient jdbc) {
    return jdbc.sql("SELECT current_setting('application_name')").query(String.class).single();
  }
}
