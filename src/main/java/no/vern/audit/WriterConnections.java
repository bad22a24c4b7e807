package no.vern.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain writer's own two connections, to the same database with the same settings as Vern's
 * pool but outside it. A thread that recorded durably in a transaction waits for the seal while it
 * still holds its pooled connection (Spring releases it only after the completion callbacks); with
 * as many such threads as the pool has connections, a writer that shared the pool could not get
 * one, and every waiter would time out. Measured: 7 durable in-transaction appends a second from 32
 * threads on a pool of 20 instead of thousands (bench/AUDIT.md). Kept out of the application
 * context's DataSource beans on purpose, so nothing else picks it up.
 */
@Component
class WriterConnections implements AutoCloseable {

  private final HikariDataSource own;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  WriterConnections(DataSource application) throws SQLException {
    if (!application.isWrapperFor(HikariDataSource.class)) {
      throw new IllegalStateException("The audit writer expects Vern's HikariCP pool");
    }
    HikariConfig config = new HikariConfig();
    application.unwrap(HikariDataSource.class).copyStateTo(config);
    config.setPoolName("vern-audit-writer");
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(1);
    this.own = new HikariDataSource(config);
    this.jdbc = new JdbcTemplate(own);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(own));
  }

  JdbcTemplate jdbc() {
    return jdbc;
  }

  TransactionTemplate tx() {
    return tx;
  }

  @Override
  public void close() {
    own.close();
  }
}
