package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.vern.support.Http;
import no.vern.support.VernProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sweep killed with SIGKILL half-way, in Vern's own JVM on its embedded PostgreSQL: after a
 * restart the next sweep takes the dead run over and every due record is processed exactly once,
 * which the run's one certificate counts.
 */
class RetentionSweepSurvivesKillIT {

  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final int RECORDS = 6000;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> SETTINGS =
      Map.of(
          "VERN_RETENTION_SWEEP_CRON", "-",
          "VERN_RETENTION_BATCHSIZE", "10",
          "VERN_RETENTION_LEASE", "5s");
  private VernProcess vern;

  @AfterEach
  void stop() throws InterruptedException {
    if (vern != null && !vern.stopGracefully(Duration.ofSeconds(60))) {
      vern.kill();
    }
  }

  @Test
  void aSweepKilledHalfWayIsFinishedByTheNextAndCountsEveryRecordOnce() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "retention-kill-");
    int port = VernProcess.freePort();
    Http http = new Http(port);
    vern = VernProcess.start(dataDir, port, dataDir.resolve("first.log"), SETTINGS);
    vern.awaitHealthy(http, STARTUP);
    importDueEnquiries(http);
    long due = dueNow(http);
    assertThat(due).isGreaterThanOrEqualTo(RECORDS);

    CompletableFuture<HttpResponse<String>> sweep =
        CompletableFuture.supplyAsync(
            () ->
                http.send(
                    http.api("/api/v1/retention/sweeps")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.noBody())));
    long left = due;
    for (int i = 0; i < 600 && left > due * 3 / 4; i++) {
      Thread.sleep(50);
      left = dueNow(http);
    }
    vern.kill();
    assertThat(left).as("killed half-way").isLessThan(due).isGreaterThan(0);
    assertThat(sweep.handle((r, e) -> r == null || r.statusCode() != 200).get()).isTrue();

    vern = VernProcess.start(dataDir, port, dataDir.resolve("second.log"), SETTINGS);
    vern.awaitHealthy(http, STARTUP);
    long leftAfterKill = dueNow(http);
    assertThat(leftAfterKill).isGreaterThan(0).isLessThan(due);
    Thread.sleep(6000); // the dead run's lease runs out
    HttpResponse<String> next =
        http.send(
            http.api("/api/v1/retention/sweeps")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(next.body());
    assertThat(answer.get("verified").asBoolean()).isTrue();
    long processed = 0;
    for (JsonNode count : answer.get("evidence").get("counts")) {
      processed += count.get("processed").asLong();
    }
    assertThat(processed).as("one run, every record once").isEqualTo(due);
    assertThat(dueNow(http)).isZero();
    assertThat(http.send(http.api("/api/v1/audit/verify").GET()).body()).contains("\"ok\":true");
  }

  private static void importDueEnquiries(Http http) {
    StringBuilder csv = new StringBuilder("email,collectedAt,lastContactAt\r\n");
    for (int i = 0; i < RECORDS; i++) {
      csv.append("kill.")
          .append(UUID.randomUUID())
          .append("@example.invalid,2019-06-01,2020-01-15\r\n");
    }
    HttpResponse<String> imported =
        http.send(
            http.api("/api/v1/imports?activity=enquiries&source=contact-form")
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
    assertThat(imported.statusCode()).as(imported.body()).isBetween(200, 201);
  }

  private static long dueNow(Http http) {
    HttpResponse<String> forecast = http.send(http.api("/api/v1/retention/forecast?days=0").GET());
    assertThat(forecast.statusCode()).isEqualTo(200);
    long total = 0;
    for (JsonNode week : JSON.readTree(forecast.body()).get("weeks")) {
      total += week.get("processed").asLong();
    }
    return total;
  }
}
