package no.vern.access;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on the database for changed API tokens ({@code NOTIFY vern_api_token}, sent by the
 * trigger of V0050 at the commit of a revocation or any other change of a token's rights) and
 * empties them from {@link VerifiedTokens}, so a token revoked on any instance is refused by every
 * instance within milliseconds. One thread and one connection of its own (outside Vern's pool,
 * which it would otherwise hold forever); when the connection is lost the cache is not trusted
 * until the thread has listened again, and it tries again every second.
 */
@Component
class TokenChangeListener implements SmartLifecycle {

  static final String CHANNEL = "vern_api_token";
  static final String APPLICATION_NAME = "vern-token-listener";
  private static final Logger log = LoggerFactory.getLogger(TokenChangeListener.class);
  private static final int WAIT_MILLIS = 500;
  private static final long RETRY_MILLIS = 1000;

  private final DataSource application;
  private final VerifiedTokens cache;
  private volatile boolean running;
  private @Nullable Thread thread;
  private @Nullable HikariDataSource own;

  TokenChangeListener(DataSource application, VerifiedTokens cache) {
    this.application = application;
    this.cache = cache;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::listenUntilStopped, "token-change-listener");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    Thread listening;
    synchronized (this) {
      running = false;
      listening = thread;
    }
    cache.trust(false);
    if (listening != null) {
      listening.interrupt();
      try {
        listening.join(2 * WAIT_MILLIS + RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      if (own != null) {
        own.close();
        own = null;
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listenUntilStopped() {
    while (running) {
      try (Connection connection = connection()) {
        try (Statement s = connection.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        cache.trust(true);
        while (running) {
          PGNotification[] arrived = pg.getNotifications(WAIT_MILLIS);
          if (arrived == null) {
            // getNotifications does not notice a dead connection while nothing arrives.
            if (!connection.isValid(1)) {
              throw new SQLException("The listening connection is no longer valid");
            }
            continue;
          }
          for (PGNotification n : arrived) {
            apply(n.getParameter());
          }
        }
      } catch (SQLException | RuntimeException e) {
        cache.trust(false);
        if (running) {
          log.warn(
              "Not listening for API token changes; checking every token against the database"
                  + " until listening again ({})",
              e.getClass().getSimpleName());
          pause();
        }
      }
    }
    cache.trust(false);
  }

  private void apply(String payload) {
    try {
      cache.forget(UUID.fromString(payload));
    } catch (IllegalArgumentException notAnId) {
      cache.forgetAll(); // '*' (TRUNCATE) or anything unexpected: forget everything
    }
  }

  private synchronized Connection connection() throws SQLException {
    HikariDataSource pool = own;
    if (pool == null) {
      if (!application.isWrapperFor(HikariDataSource.class)) {
        throw new IllegalStateException("The token listener expects Vern's HikariCP pool");
      }
      HikariConfig config = new HikariConfig();
      application.unwrap(HikariDataSource.class).copyStateTo(config);
      config.setPoolName("vern-token-listener");
      config.setMaximumPoolSize(1);
      config.setMinimumIdle(0);
      // Named in pg_stat_activity, for operators (and the test that cuts it off). Not through
      // the data source properties: copyStateTo shares that object with Vern's pool.
      config.setConnectionInitSql("SET application_name = '" + APPLICATION_NAME + "'");
      pool = new HikariDataSource(config);
      own = pool;
    }
    return pool.getConnection();
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public int getPhase() {
    // Starts before the web server takes requests and stops after it.
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}
