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
    return new HikariDataSource(config);
  }
}
