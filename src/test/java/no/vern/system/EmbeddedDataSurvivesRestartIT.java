package no.vern.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import no.vern.support.Http;
import no.vern.support.VernProcess;
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
    int port = VernProcess.freePort();
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
}
