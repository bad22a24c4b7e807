package no.vern.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.vern.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs Vern as a newcomer does, in its own JVM on its embedded PostgreSQL, and checks that what it
 * stored survives a restart after SIGKILL (the orphaned database server is recovered) and that a
 * normal shutdown also stops the database.
 */
class EmbeddedDataSurvivesRestartIT {

  private static final Duration STARTUP = Duration.ofMinutes(3);
  private VernProcess vern;

  @AfterEach
  void stop() throws InterruptedException {
    // Graceful, so a failed run does not leave an embedded PostgreSQL behind.
    if (vern != null && !vern.stopGracefully(Duration.ofSeconds(60))) {
      vern.kill();
    }
  }

  @Test
  void dataSurvivesSigkillAndRestart() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "embedded-restart-");
    int port = freePort();
    Http http = new Http(port);

    vern = VernProcess.start(dataDir, port, dataDir.resolve("first.log"));
    vern.awaitHealthy(http, STARTUP);
    String resourceId = "restart-check-" + port;
    var created = http.postJson(http.api("/api/v1/audit/events"), event(resourceId));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    vern.kill(); // SIGKILL: no shutdown hook runs, the database server is left behind
    assertThat(dataDir.resolve("postgres/postmaster.pid")).exists();

    vern = VernProcess.start(dataDir, port, dataDir.resolve("second.log"));
    vern.awaitHealthy(http, STARTUP);
    var found = http.send(http.api("/api/v1/audit/entries?resourceId=" + resourceId).GET());
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).contains(resourceId);
    var verified = http.send(http.api("/api/v1/audit/verify").GET());
    assertThat(verified.body()).contains("\"ok\":true");

    // A command-line verb on the same directory must not take the running service's database.
    Process cli = VernProcess.command(dataDir, dataDir.resolve("cli.log"), "audit", "verify");
    assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(cli.exitValue()).isEqualTo(2);
    assertThat(Files.readString(dataDir.resolve("cli.log"))).contains("Another Vern is using");
    assertThat(http.get("/actuator/health").body()).contains("\"UP\"");
    assertThat(http.send(http.api("/api/v1/audit/verify").GET()).body()).contains("\"ok\":true");

    assertThat(vern.stopGracefully(Duration.ofSeconds(60))).isTrue();
    assertThat(dataDir.resolve("postgres/postmaster.pid"))
        .as("a graceful shutdown also stops the embedded PostgreSQL")
        .doesNotExist();
  }

  private static String event(String resourceId) {
    return """
        {"actorType":"SYSTEM","actorId":"restart-test","resourceType":"test","resourceId":"%s","outcome":"SUCCESS"}
        """
        .formatted(resourceId);
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Vern in a child JVM with the test class path and a clean environment. */
  record VernProcess(Process process) {

    static VernProcess start(Path dataDir, int port, Path log) throws Exception {
      return new VernProcess(launch(dataDir, port, log));
    }

    /** A command-line verb, e.g. {@code audit verify}, as its own process on the same data. */
    static Process command(Path dataDir, Path log, String... verb) throws Exception {
      return launch(dataDir, 0, log, verb);
    }

    private static Process launch(Path dataDir, int port, Path log, String... args)
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
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      var env = builder.environment();
      env.remove("VERN_DB_URL");
      env.put("VERN_DATA_DIR", dataDir.toAbsolutePath().toString());
      env.put("VERN_PORT", Integer.toString(port));
      env.put("VERN_ADMIN_PASSWORD", "restart-test-password-1234");
      env.put("VERN_BOOTSTRAP_TOKEN", Http.BOOTSTRAP_TOKEN);
      return builder.start();
    }

    void awaitHealthy(Http http, Duration timeout) throws InterruptedException {
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

    void kill() {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    boolean stopGracefully(Duration timeout) throws InterruptedException {
      process.destroy();
      return process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
    }
  }
}
