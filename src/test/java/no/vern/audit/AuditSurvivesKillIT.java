package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import no.vern.consent.ConsentAuditAction;
import no.vern.subject.SubjectAuditAction;
import no.vern.support.Http;
import no.vern.support.KillUnderLoad;
import no.vern.support.VernProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9's proof that the trail loses nothing: Vern in its own JVM under load from several threads
 * (consents given, subjects looked up, their records read), killed with SIGKILL in the middle of
 * it, restarted, again and again. Every action that was answered with a 2xx must have its entry on
 * the chain at the end, and the chain must verify. Before entries were written in the action's
 * transaction, a consent's entry was queued after the commit and a look-up's queued and not
 * awaited, so a kill lost the ones still in the queue.
 */
class AuditSurvivesKillIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final int ROUNDS = 3;
  private static final int THREADS = 6;
  private static final Duration LOAD = Duration.ofSeconds(6);

  /** An acknowledged action's entry: its action code and the subject it is about. */
  record Expected(int actionCode, String subject) {}

  private final ConcurrentLinkedQueue<Expected> acknowledged = new ConcurrentLinkedQueue<>();
  private VernProcess vern;

  @AfterEach
  void stop() throws InterruptedException {
    if (vern != null && !vern.stopGracefully(Duration.ofSeconds(60))) {
      vern.kill();
    }
  }

  @Test
  void everyAcknowledgedActionKeepsItsEntryThroughKillsUnderLoad() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "audit-kill-");
    int port = VernProcess.freePort();
    Http http = new Http(port);
    vern = VernProcess.start(dataDir, port, dataDir.resolve("vern-0.log"));
    vern.awaitHealthy(http, STARTUP);

    for (int round = 1; round <= ROUNDS; round++) {
      KillUnderLoad.run(THREADS, LOAD, running -> drive(http, running), vern::kill);
      vern = VernProcess.start(dataDir, port, dataDir.resolve("vern-" + round + ".log"));
      vern.awaitHealthy(http, STARTUP);
    }

    Set<Expected> expected = new HashSet<>(acknowledged);
    Set<Expected> missing = missingAfterSealing(http, expected);
    String verification = http.send(http.api("/api/v1/audit/verify").GET()).body();
    System.out.printf(
        "AuditSurvivesKillIT: %d kills, %d acknowledged actions (%d distinct entries expected),"
            + " %d found on the chain, %d missing; verify: %s%n",
        ROUNDS,
        acknowledged.size(),
        expected.size(),
        expected.size() - missing.size(),
        missing.size(),
        verification);
    assertThat(acknowledged.size()).as("load reached Vern").isGreaterThan(ROUNDS * 20);
    assertThat(missing).as("acknowledged actions without their audit entry").isEmpty();
    assertThat(verification).contains("\"ok\":true");
  }

  /** One person per loop: consent given, looked up, records read; each counted once answered. */
  private void drive(Http http, AtomicBoolean running) {
    while (running.get()) {
      try {
        String email = "kill." + UUID.randomUUID() + "@example.invalid";
        HttpResponse<String> given =
            http.postJson(
                http.api("/api/v1/consents"),
                "{\"identifiers\":[{\"type\":\"email\",\"value\":\"%s\"}],\"purpose\":\"newsletter\",\"action\":\"give\"}"
                    .formatted(email));
        if (given.statusCode() / 100 != 2) {
          continue;
        }
        String subject = JSON.readTree(given.body()).get("subject").asString();
        acknowledged.add(new Expected(ConsentAuditAction.CONSENT_GIVEN.code(), subject));
        acknowledged.add(new Expected(SubjectAuditAction.SUBJECT_CREATED.code(), subject));
        HttpResponse<String> found =
            http.postJson(
                http.api("/api/v1/subjects/lookup"),
                "{\"type\":\"email\",\"value\":\"%s\"}".formatted(email));
        if (found.statusCode() / 100 == 2) {
          acknowledged.add(new Expected(SubjectAuditAction.SUBJECT_LOOKED_UP.code(), subject));
        }
        HttpResponse<String> read =
            http.send(http.api("/api/v1/subjects/" + subject + "/records").GET());
        if (read.statusCode() / 100 == 2) {
          acknowledged.add(new Expected(SubjectAuditAction.SUBJECT_RECORDS_READ.code(), subject));
        }
      } catch (IllegalStateException killedOrRestarting) {
        KillUnderLoad.pause();
      }
    }
  }

  /** Entries a crash left in audit_pending are sealed at start-up; give that a few seconds. */
  private static Set<Expected> missingAfterSealing(Http http, Set<Expected> expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Set<Expected> missing;
    do {
      missing = new HashSet<>(expected);
      missing.removeAll(subjectEntries(http));
      if (missing.isEmpty()) {
        return missing;
      }
      Thread.sleep(1000);
    } while (System.nanoTime() < deadline);
    return missing;
  }

  /** Every entry about a subject. */
  private static Set<Expected> subjectEntries(Http http) {
    Set<Expected> found = new HashSet<>();
    for (JsonNode entry : KillUnderLoad.auditEntries(http, "resourceType=subject")) {
      found.add(new Expected(entry.get("actionCode").asInt(), entry.get("resourceId").asString()));
    }
    return found;
  }
}
