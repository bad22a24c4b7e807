package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.domain.Checkpoint;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@VernTest
class AuditTrailIT {

  @Autowired AuditTrail trail;
  @Autowired AuditWriter writer;
  @Autowired AuditVerifier verifier;
  @Autowired AuditRetention retention;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;
  AuditTampering tamper;
  AuditApiClient api;

  @BeforeEach
  void tools() {
    tamper = new AuditTampering(dataSource);
    api = new AuditApiClient(port);
  }

  @Test
  void appendsFrom32ThreadsAreAllKeptOnOneIntactChain() throws Exception {
    String run = "it-" + UUID.randomUUID();
    ExecutorService threads = Executors.newFixedThreadPool(32);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 32; t++) {
      int thread = t;
      done.add(
          threads.submit(
              () -> {
                for (int i = 0; i < 50; i++) {
                  trail.recordDurably(entry("it.concurrent", run + ":" + thread + ":" + i));
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    threads.shutdown();

    assertThat(countOf("it.concurrent", run + ":%")).isEqualTo(32 * 50);
    AuditVerification result = verifier.verify();
    assertThat(result.ok()).as("%s", result).isTrue();
    assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(32 * 50);
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveEntries() {
    long id = AuditWriter.await(writer.append(entry("it.immutable", "kept"))).id();
    assertThatThrownBy(
            () -> jdbc.update("UPDATE audit_entry SET resource_id = 'changed' WHERE id = ?", id))
        .isInstanceOf(DataIntegrityViolationException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", id))
        .isInstanceOf(DataIntegrityViolationException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_entry"))
        .isInstanceOf(DataAccessException.class);
    assertThat(countOf("it.immutable", "kept")).isPositive();
  }

  @Test
  void aRowChangedBehindVernsBackIsNamedByTheVerifierTheApiAndTheCommandLine() throws Exception {
    String original = "it-" + UUID.randomUUID();
    long id = AuditWriter.await(writer.append(entry("it.tamper", original))).id();
    try {
      tamper.setResourceId(id, "someone-else");

      AuditVerification result = verifier.verify();
      assertThat(result.ok()).isFalse();
      assertThat(result.firstBrokenId()).isEqualTo(id);
      assertThat(result.reason()).isEqualTo("HASH_MISMATCH");

      var answer = api.verify();
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("ok").asBoolean()).isFalse();
      assertThat(answer.json().get("firstBrokenId").asLong()).isEqualTo(id);

      var printed = new ByteArrayOutputStream();
      int status =
          AuditVerifyCommand.run(
              verifier, trail, new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(status).as("exit status of `audit verify` on a broken chain").isEqualTo(1);
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains(Long.toString(id));
    } finally {
      tamper.setResourceId(id, original);
    }
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void aPurgeLeavesASignedCheckpointThatTheVerifierChecks() throws Exception {
    long mine = 0;
    for (int i = 0; i < 5; i++) {
      mine = AuditWriter.await(writer.append(entry("it.purge", "old-" + i))).id();
    }
    Checkpoint checkpoint = retention.purgeBefore(clock.instant()).orElseThrow();

    assertThat(checkpoint.lastId()).isGreaterThanOrEqualTo(mine);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_entry WHERE id <= ?", Long.class, checkpoint.lastId()))
        .isZero();
    assertThat(verifier.verify().ok()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM audit_entry WHERE action_code = 1101 AND resource_id = ?",
                Long.class,
                Long.toString(checkpoint.id())))
        .isEqualTo(1);

    byte[] forged = checkpoint.signature().clone();
    forged[5] ^= 1;
    try {
      tamper.setCheckpointSignature(checkpoint.id(), forged);
      AuditVerification result = verifier.verify();
      assertThat(result.ok()).isFalse();
      assertThat(result.reason()).isEqualTo("BAD_CHECKPOINT_SIGNATURE");
      assertThat(result.firstBrokenId()).isEqualTo(checkpoint.lastId() + 1);
    } finally {
      tamper.setCheckpointSignature(checkpoint.id(), checkpoint.signature());
    }
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void theCommandLineVerbPrintsTheResultAndExitsWithZeroWhenIntact() {
    var out = new ByteArrayOutputStream();
    int status =
        AuditVerifyCommand.run(verifier, trail, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("audit trail intact: ")
        .contains("entries/second");
  }

  @Test
  void integratorsRecordEventsAndGetAReceipt() throws Exception {
    var created =
        api.postEvent(
            "{\"actorType\":\"EXTERNAL\",\"actorId\":\"crm-user:4711\",\"resourceType\":\"crm.contact\",\"resourceId\":\"c-1\",\"outcome\":\"SUCCESS\"}");
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(
            jdbc.queryForObject(
                "SELECT encode(hash, 'hex') FROM audit_entry WHERE id = ?", String.class, id))
        .isEqualTo(created.json().get("hash").asString());

    var refused =
        api.postEvent(
            "{\"actorType\":\"EXTERNAL\",\"actorId\":\"kari.nordmann@example.invalid\",\"resourceType\":\"crm.contact\",\"resourceId\":\"c-1\",\"outcome\":\"SUCCESS\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("actorId").contains("e-mail");
  }

  private long countOf(String resourceType, String resourceIdPattern) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM audit_entry WHERE resource_type = ? AND resource_id LIKE ?",
        Long.class,
        resourceType,
        resourceIdPattern);
  }

  private static AuditRecord entry(String resourceType, String resourceId) {
    return new AuditRecord(
        ActorType.SYSTEM,
        "it",
        TrailAuditAction.EXTERNAL_EVENT,
        resourceType,
        resourceId,
        Outcome.SUCCESS);
  }
}
