package no.vern.system.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DataSourceConfiguration {

  /** Started only when no server is configured. Closed by Spring after the pool that uses it. */
  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
    return settings.usesServer()
        ? EmbeddedDatabase.none()
        : EmbeddedDatabase.of(EmbeddedPostgresServer.start(Path.of(settings.dataDir())));
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(DatabaseSettings settings, ObjectProvider<EmbeddedDatabase> embedded) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("vern");
    config.setMaximumPoolSize(settings.poolSize());
    // Batches (the audit writer's group commit) travel as multi-row INSERTs: fewer round trips.
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    // PostgreSQL's error details quote row values ("Key (username)=(...) already exists"); the
    // driver would copy them into exception messages, and from there into logs.
    config.addDataSourceProperty("logServerErrorDetail", "false");
    EmbeddedDatabase db = embedded.getObject();
    if (settings.usesServer()) {
      config.setJdbcUrl(settings.url());
      config.setUsername(settings.user());
      config.setPassword(settings.password());
    } else {
      config.setJdbcUrl(db.server().jdbcUrl());
      config.setUsername(EmbeddedPostgresServer.USER);
    }
    return new HikariDataSource(config);
  }
}
