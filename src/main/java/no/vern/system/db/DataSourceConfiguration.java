package no.vern.system.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import no.vern.shared.VernSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

  /** Started only when no server is configured. Closed by Spring after the pool that uses it. */
  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(VernSettings vern) {
    return vern.db().embedded()
        ? EmbeddedDatabase.of(EmbeddedPostgresServer.start(Path.of(vern.db().dataDir())))
        : EmbeddedDatabase.none();
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(VernSettings vern, ObjectProvider<EmbeddedDatabase> embedded) {
    VernSettings.Db settings = vern.db();
    HikariConfig config = new HikariConfig();
    config.setPoolName("vern");
    config.setMaximumPoolSize(settings.poolSize());
    // Batches (the audit writer's group commit) travel as multi-row INSERTs: fewer round trips.
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    // PostgreSQL's error details quote row values ("Key (username)=(...) already exists"); the
    // driver would copy them into exception messages, and from there into logs.
    config.addDataSourceProperty("logServerErrorDetail", "false");
    EmbeddedDatabase db = embedded.getObject();
    if (!settings.embedded()) {
      config.setJdbcUrl(settings.url());
      config.setUsername(settings.user());
      config.setPassword(settings.password());
    } else {
      config.setJdbcUrl(db.server().jdbcUrl());
      config.setUsername(EmbeddedPostgresServer.USER);
    }
    HikariDataSource primary = new HikariDataSource(config);
    return settings.read().configured() ? withReplica(primary, settings.read()) : primary;
  }

  /**
   * The primary's pool behind {@link ReplicaRouting}, with a small pool to the replica that never
   * holds up start-up (a replica that is down is simply not used) and gives up on a connection
   * within a second.
   */
  private static DataSource withReplica(HikariDataSource primary, VernSettings.Read read) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("vern-replica");
    config.setJdbcUrl(read.url());
    config.setUsername(read.user());
    config.setPassword(read.password());
    config.setMaximumPoolSize(read.poolSize());
    config.setMinimumIdle(1);
    config.setReadOnly(true);
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(1000);
    config.setValidationTimeout(500);
    config.addDataSourceProperty("logServerErrorDetail", "false");
    HikariDataSource replica = new HikariDataSource(config);
    ReplicaLag lag = new ReplicaLag(primary, replica, read.maxLag());
    lag.start();
    return new ReplicaRouting(primary, replica, lag);
  }
}
