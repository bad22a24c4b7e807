package no.vern.system.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that Vern runs when no server is configured. Its data directory persists across
 * restarts; a server left behind by a killed Vern is shut down first so that a restart after
 * SIGKILL is routine rather than fatal.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  static final String DATABASE = "vern";
  static final String USER = "postgres";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final DataDirectoryLock lock;

  private EmbeddedPostgresServer(
      EmbeddedPostgres postgres, Path dataDirectory, DataDirectoryLock lock) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.lock = lock;
  }

  public static EmbeddedPostgresServer start(Path dataDirectory) {
    try {
      Path pgData = dataDirectory.resolve("postgres");
      Files.createDirectories(pgData);
      DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
      try {
        return start(dataDirectory, pgData, lock);
      } catch (IOException | RuntimeException e) {
        lock.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  private static EmbeddedPostgresServer start(
      Path dataDirectory, Path pgData, DataDirectoryLock lock) throws IOException {
    // Only now, holding the lock, is a running postmaster certainly an orphan.
    StalePostmaster.recover(pgData);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(dataDirectory.resolve("pg-binaries").toFile())
            // Vern stops the server itself on shutdown, in order after the pool.
            .setRegisterShutdownHook(false)
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .start();
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, pgData, lock);
    server.createDatabaseIfMissing();
    log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), pgData);
    return server;
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  private void createDatabaseIfMissing() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the embedded database", e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
      log.info("Embedded PostgreSQL stopped");
      lock.close();
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    }
  }
}
