package no.vern.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the shared test database, a scratch key folder and the
 * test SMTP server, and gives it a port and the base URL that goes with it.
 */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestDatabase.Connection db = TestDatabase.get();
    // A port chosen here rather than by the server, so that the base URL is known before it
    // starts: redirects are built from the base URL, and the browser tests follow them.
    int port = VernProcess.freePortQuietly();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "vern-test-database",
                Map.of(
                    "vern.db.url", db.url(),
                    "vern.db.user", db.user(),
                    "vern.db.password", db.password(),
                    "vern.keys.dir", keyDir(context),
                    "vern.mail.smtp.host", "127.0.0.1",
                    "vern.mail.smtp.port", Integer.toString(TestSmtpServer.port()),
                    "server.port", Integer.toString(port),
                    "vern.base-url", "http://localhost:" + port)));
  }

  /**
   * One key directory per JVM, like the database: every context then reads every row, so a test
   * that lists a whole table (a newsletter's recipients, the mail outbox) never meets rows it
   * cannot decrypt. A test that rotates keys asks for its own ({@code vern.test.own-keys=true}), so
   * its new key cannot strand the rows of contexts that are still cached.
   */
  private static String keyDir(ConfigurableApplicationContext context) {
    if (context.getEnvironment().getProperty("vern.test.own-keys", Boolean.class, false)) {
      return scratchKeyDir();
    }
    return SharedKeys.DIR;
  }

  private static final class SharedKeys {
    static final String DIR = scratchKeyDir();
  }

  private static String scratchKeyDir() {
    try {
      return Files.createTempDirectory(Path.of("target"), "test-keys-").toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
