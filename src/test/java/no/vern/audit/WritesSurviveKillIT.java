package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
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
 * Issue 10, item 7: acknowledged writes survive a SIGKILL of Vern and of its database. Vern runs in
 * its own JVM on its embedded PostgreSQL, which this test owns and may kill; consents and records
 * are posted from several threads, then in round one the JVM is killed, in round two first the
 * PostgreSQL postmaster and then the JVM, each time mid-load. After each restart every write that
 * was answered 2xx must be readable through the API and have its audit entry on an intact chain.
 * (With {@code VERN_TEST_DB_URL} the other ITs use a shared server; this one always runs its own
 * embedded server, so the database kill never touches a server it does not own.)
 */
class WritesSurviveKillIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final int THREADS = 6;
  private static final Duration LOAD = Duration.ofSeconds(5);

  enum Kill {
    JVM,
    DATABASE_THEN_JVM
  }

  /** An acknowledged write: what it is (consent event or record) and who it is about. */
  record Written(int auditAction, String subject, String id) {}

  private final ConcurrentLinkedQueue<Written> acknowledged = new ConcurrentLinkedQueue<>();
  private VernProcess vern;

  @AfterEach
  void stop() throws InterruptedException {
    if (vern != null && !vern.stopGracefully(Duration.ofSeconds(60))) {
      vern.kill();
    }
  }

  @Test
  void everyAcknowledgedConsentAndRecordIsFoundWithItsEntryAfterKillsOfVernAndItsDatabase()
      throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "writes-kill-");
    int port = VernProcess.freePort();
    Http http = new Http(port);
    vern = VernProcess.start(dataDir, port, dataDir.resolve("vern-0.log"));
    vern.awaitHealthy(http, STARTUP);

    int round = 0;
    for (Kill kill : Kill.values()) {
      round++;
      int before = acknowledged.size();
      KillUnderLoad.run(
          THREADS,
          LOAD,
          running -> drive(http, running),
          () -> {
            if (kill == Kill.DATABASE_THEN_JVM) {
              killPostmaster(dataDir);
              Thread.sleep(500); // requests meet a dead database; none may be acknowledged
            }
            vern.kill();
          });
      assertThat(acknowledged.size() - before)
          .as("writes acknowledged in round %d", round)
          .isGreaterThan(20);
      vern = VernProcess.start(dataDir, port, dataDir.resolve("vern-" + round + ".log"));
      vern.awaitHealthy(http, STARTUP);
    }

    List<Written> written = List.copyOf(acknowledged);
    List<Written> unreadable = written.parallelStream().filter(w -> !readable(http, w)).toList();
    Set<Written> withoutEntry = withoutAuditEntry(http, written);
    String verification = http.send(http.api("/api/v1/audit/verify").GET()).body();
    System.out.printf(
        "WritesSurviveKillIT: kills %s; %d acknowledged writes (%d consents, %d records),"
            + " %d not found, %d without their audit entry; verify: %s%n",
        List.of(Kill.values()),
        written.size(),
        written.stream().filter(w -> w.auditAction() == consentGiven()).count(),
        written.stream().filter(w -> w.auditAction() != consentGiven()).count(),
        unreadable.size(),
        withoutEntry.size(),
        verification);
    assertThat(unreadable).as("acknowledged writes not found after the kills").isEmpty();
    assertThat(withoutEntry).as("acknowledged writes without their audit entry").isEmpty();
    assertThat(verification).contains("\"ok\":true");
  }

  /** One person per loop: a consent given, then a record stored; each counted once answered. */
  private void drive(Http http, AtomicBoolean running) {
    while (running.get()) {
      try {
        String email = "durable." + UUID.randomUUID() + "@example.invalid";
        HttpResponse<String> given =
            http.postJson(
                http.api("/api/v1/consents"),
                "{\"identifiers\":[{\"type\":\"email\",\"value\":\"%s\"}],\"purpose\":\"newsletter\",\"action\":\"give\"}"
                    .formatted(email));
        if (given.statusCode() / 100 != 2) {
          KillUnderLoad.pause();
          continue;
        }
        JsonNode consent = JSON.readTree(given.body());
        acknowledged.add(
            new Written(
                consentGiven(),
                consent.get("subject").asString(),
                consent.get("event").asString()));
        HttpResponse<String> stored =
            http.postJson(
                http.api("/api/v1/records"),
                "{\"activity\":\"enquiries\",\"identifiers\":{\"email\":\"%s\"},\"data\":{\"message\":\"Synthetic enquiry\"},\"source\":\"contact-form\"}"
                    .formatted(email));
        if (stored.statusCode() / 100 == 2) {
          JsonNode record = JSON.readTree(stored.body());
          acknowledged.add(
              new Written(
                  SubjectAuditAction.RECORD_STORED.code(),
                  record.get("subject").asString(),
                  record.get("record").asString()));
        }
      } catch (IllegalStateException killedOrRestarting) {
        KillUnderLoad.pause();
      }
    }
  }

  /** The consent event in its subject's history, or the record at its address. */
  private static boolean readable(Http http, Written w) {
    if (w.auditAction() == consentGiven()) {
      HttpResponse<String> history =
          http.send(http.api("/api/v1/consents?subject=" + w.subject()).GET());
      return history.statusCode() == 200 && history.body().contains(w.id());
    }
    HttpResponse<String> record = http.send(http.api("/api/v1/records/" + w.id()).GET());
    return record.statusCode() == 200 && record.body().contains(w.subject());
  }

  /**
   * The writes whose entry is not on the chain: a consent's entry is about its subject, a record's
   * about the record. Entries a crash left in audit_pending are sealed at start-up; give that time.
   */
  private static Set<Written> withoutAuditEntry(Http http, List<Written> written)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Set<Written> missing;
    do {
      Set<String> consents = resourcesOf(http, consentGiven());
      Set<String> records = resourcesOf(http, SubjectAuditAction.RECORD_STORED.code());
      missing = new HashSet<>();
      for (Written w : written) {
        boolean found =
            w.auditAction() == consentGiven()
                ? consents.contains(w.subject())
                : records.contains(w.id());
        if (!found) {
          missing.add(w);
        }
      }
      if (missing.isEmpty()) {
        return missing;
      }
      Thread.sleep(1000);
    } while (System.nanoTime() < deadline);
    return missing;
  }

  /** The resource ids of every entry with this action. */
  private static Set<String> resourcesOf(Http http, int action) {
    Set<String> found = new HashSet<>();
    for (JsonNode entry : KillUnderLoad.auditEntries(http, "action=" + action)) {
      found.add(entry.get("resourceId").asString());
    }
    return found;
  }

  /**
   * SIGKILL to the embedded server's postmaster, the process that owns the database. Its backends
   * notice and exit; they are waited for, as a real restart after a crash would find them gone.
   */
  private static void killPostmaster(Path dataDir) throws Exception {
    Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> backends = postmaster.children().toList();
    assertThat(postmaster.destroyForcibly()).as("SIGKILL sent to the postmaster").isTrue();
    postmaster.onExit().get(30, TimeUnit.SECONDS);
    for (ProcessHandle backend : backends) {
      backend.onExit().get(30, TimeUnit.SECONDS);
    }
  }

  private static int consentGiven() {
    return ConsentAuditAction.CONSENT_GIVEN.code();
  }
}
