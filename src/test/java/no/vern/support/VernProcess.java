package no.vern.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Vern in a child JVM with the test class path and a clean environment, on its embedded PostgreSQL
 * under {@code dataDir}: as a newcomer runs it, and as a test can kill it.
 */
public record VernProcess(Process process) {

  public static VernProcess start(Path dataDir, int port, Path log) throws Exception {
    return new VernProcess(launch(dataDir, port, log, java.util.Map.of()));
  }

  /** With settings of the test's own in the environment ({@code VERN_RETENTION_LEASE=5s}). */
  public static VernProcess start(
      Path dataDir, int port, Path log, java.util.Map<String, String> settings) throws Exception {
    return new VernProcess(launch(dataDir, port, log, settings));
  }

  /** A command-line verb, e.g. {@code audit verify}, as its own process on the same data. */
  public static Process command(Path dataDir, Path log, String... verb) throws Exception {
    return launch(dataDir, 0, log, java.util.Map.of(), verb);
  }

  public static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static int freePortQuietly() {
    try {
      return freePort();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Process launch(
      Path dataDir, int port, Path log, java.util.Map<String, String> settings, String... args)
      throws Exception {
    String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBinary,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "no.vern.VernApplication"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    var env = builder.environment();
    env.remove("VERN_DB_URL");
    env.put("VERN_DATA_DIR", dataDir.toAbsolutePath().toString());
    env.put("VERN_PORT", Integer.toString(port));
    env.put("VERN_ADMIN_PASSWORD", "restart-test-password-1234");
    env.put("VERN_BOOTSTRAP_TOKEN", Http.BOOTSTRAP_TOKEN);
    env.put("VERN_BASE_URL", "http://localhost:" + port);
    env.putAll(settings);
    return builder.start();
  }

  public void awaitHealthy(Http http, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("Vern exited during start-up; see its log").isTrue();
      try {
        if (http.get("/actuator/health").body().contains("\"UP\"")) {
          return;
        }
      } catch (IllegalStateException notYetListening) {
        // keep polling
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Vern did not become healthy within " + timeout);
  }

  /** SIGKILL: no shutdown hook runs, the embedded database server is left behind. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public boolean stopGracefully(Duration timeout) throws InterruptedException {
    process.destroy();
    return process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
  }
}
