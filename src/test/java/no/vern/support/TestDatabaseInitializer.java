package no.vern.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the shared test database, a scratch key folder and the
 * test SMTP server.
 */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestDatabase.Connection db = TestDatabase.get();
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
                    "vern.keys.dir", scratchKeyDir(),
                    "vern.mail.smtp.host", "127.0.0.1",
                    "vern.mail.smtp.port", Integer.toString(TestSmtpServer.port()))));
  }

  private static String scratchKeyDir() {
    try {
      return Files.createTempDirectory(Path.of("target"), "test-keys-").toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
