package no.vern.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import no.vern.system.db.EmbeddedPostgresServer;

/**
 * The database every Spring test in this JVM shares. The failsafe suite ({@code *IT}) uses the
 * PostgreSQL server named by {@code VERN_TEST_DB_URL} when it is set, in a schema of its own so
 * runs never see each other's rows; everything else uses one embedded PostgreSQL in a fresh
 * directory.
 */
public final class TestDatabase {

  public record Connection(String url, String user, String password) {}

  private static Connection connection;

  private TestDatabase() {}

  public static synchronized Connection get() {
    if (connection == null) {
      connection = useServer() ? freshSchemaOnServer() : embedded();
    }
    return connection;
  }

  public static boolean useServer() {
    String url = System.getenv("VERN_TEST_DB_URL");
    return url != null && !url.isBlank() && "it".equals(System.getProperty("vern.test.suite"));
  }

  private static Connection embedded() {
    try {
      Path dir = Files.createTempDirectory(Path.of("target"), "test-pg-");
      EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      return new Connection(server.jdbcUrl(), "postgres", "");
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the test database", e);
    }
  }

  private static Connection freshSchemaOnServer() {
    String url = System.getenv("VERN_TEST_DB_URL");
    String user = System.getenv().getOrDefault("VERN_TEST_DB_USER", "vern");
    String password = System.getenv().getOrDefault("VERN_TEST_DB_PASSWORD", "");
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (var c = DriverManager.getConnection(url, user, password);
        var s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (Exception e) {
      throw new IllegalStateException("Could not prepare a schema on " + url, e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(url, user, password, schema)));
    String separator = url.contains("?") ? "&" : "?";
    return new Connection(url + separator + "currentSchema=" + schema, user, password);
  }

  /** Leaves the server as it was found; bounded, since the JVM is on its way out. */
  private static void dropSchema(String url, String user, String password, String schema) {
    try (var c = DriverManager.getConnection(url, user, password);
        var s = c.createStatement()) {
      s.execute("SET statement_timeout = '10s'");
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    } catch (Exception e) {
      // A schema left behind costs only disk space on a test server.
    }
  }
}
