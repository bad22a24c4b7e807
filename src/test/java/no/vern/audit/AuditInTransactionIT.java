package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Entries recorded inside an action's transaction: there exactly when it commits, never lost. */
@VernTest
class AuditInTransactionIT {

  @Autowired AuditTrail trail;
  @Autowired AuditWriter writer;
  @Autowired AuditVerifier verifier;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void anEntryOfATransactionThatRollsBackNeverAppears() {
    String id = "rolled-back-" + UUID.randomUUID();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              trail.recordDurably(entry(id));
              trail.record(entry(id));
              status.setRollbackOnly();
            });

    assertThat(writer.awaitSealed(Duration.ofSeconds(10))).isTrue();
    assertThat(onChain(id) + waiting(id)).isZero();
  }

  @Test
  void anEntryOfACommittedTransactionIsOnTheChainWhenItReturnsAndTheChainVerifies() {
    String id = "committed-" + UUID.randomUUID();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              trail.recordDurably(entry(id));
              // Not on the chain before the commit: the action could still roll back.
              assertThat(onChain(id)).isZero();
            });

    assertThat(onChain(id)).isEqualTo(1);
    assertThat(waiting(id)).isZero();
    AuditVerification result = verifier.verify();
    assertThat(result.ok()).as("%s", result).isTrue();
  }

  @Test
  void aPlainRecordInATransactionReachesTheChainWithinASecondOfTheCommit() throws Exception {
    String id = "plain-" + UUID.randomUUID();
    new TransactionTemplate(transactions).executeWithoutResult(status -> trail.record(entry(id)));

    long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    while (onChain(id) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(onChain(id)).isEqualTo(1);
  }

  @Test
  void entriesAWriterLeftWaitingBeforeACrashAreSealedInTheirOrderAndTheChainVerifies()
      throws Exception {
    String run = "crash-" + UUID.randomUUID();
    // What a transaction leaves behind when Vern dies between its commit and the seal.
    for (int i = 0; i < 5; i++) {
      jdbc.update(
          "INSERT INTO audit_pending (occurred_at, actor_type, actor_id, action_code,"
              + " resource_type, resource_id, outcome, correlation_id)"
              + " VALUES (now(), 'SYSTEM', 'it', 1200, 'it.pending', ?, 'SUCCESS', '')",
          run + ":" + i);
    }

    // Nobody nudges the writer: it finds them on its own, as after a restart or another's crash.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (waiting(run + ":%") > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    List<String> sealed =
        jdbc.queryForList(
            "SELECT resource_id FROM audit_entry WHERE resource_type = 'it.pending'"
                + " AND resource_id LIKE ? ORDER BY id",
            String.class,
            run + ":%");
    assertThat(sealed).containsExactly(run + ":0", run + ":1", run + ":2", run + ":3", run + ":4");
    assertThat(waiting(run + ":%")).isZero();
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void anEntryRecordedAfterTheCommitByAnotherSynchronizationStillReachesTheChain() {
    String id = "late-" + UUID.randomUUID();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status ->
                TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCommit() {
                        trail.record(entry(id));
                      }
                    }));

    assertThat(onChain(id)).isEqualTo(1);
  }

  @Test
  void anInnerTransactionThatRollsBackTakesOnlyItsOwnEntriesWithIt() {
    String outer = "outer-" + UUID.randomUUID();
    String inner = "inner-" + UUID.randomUUID();
    var requiresNew = new TransactionTemplate(transactions);
    requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              trail.recordDurably(entry(outer));
              requiresNew.executeWithoutResult(
                  innerStatus -> {
                    trail.recordDurably(entry(inner));
                    innerStatus.setRollbackOnly();
                  });
            });

    assertThat(onChain(outer)).isEqualTo(1);
    assertThat(onChain(inner) + waiting(inner)).isZero();
  }

  @Test
  void theWriterSealsAgainAfterItsContextIsPausedAndResumed() {
    // Spring's test framework stops the lifecycle of a cached context it pauses, then starts it.
    writer.stop();
    writer.start();
    String id = "resumed-" + UUID.randomUUID();
    new TransactionTemplate(transactions)
        .executeWithoutResult(status -> trail.recordDurably(entry(id)));

    assertThat(onChain(id)).isEqualTo(1);
  }

  @Test
  void waitingEntriesCannotBeChangedOrRemovedExceptBySealing() {
    String id = "guarded-" + UUID.randomUUID();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              // Inserted in an open transaction, so the writer cannot seal it during the test.
              jdbc.update(
                  "INSERT INTO audit_pending (occurred_at, actor_type, actor_id, action_code,"
                      + " resource_type, resource_id, outcome, correlation_id)"
                      + " VALUES (now(), 'SYSTEM', 'it', 1200, 'it.tx', ?, 'SUCCESS', '')",
                  id);
              assertThatThrownBy(
                      () -> jdbc.update("UPDATE audit_pending SET resource_id = 'changed'"))
                  .isInstanceOf(DataIntegrityViolationException.class)
                  .rootCause()
                  .hasMessageContaining("append-only");
              status.setRollbackOnly();
            });
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_pending"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .rootCause()
        .hasMessageContaining("append-only");
  }

  private long onChain(String resourceId) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM audit_entry WHERE resource_type = 'it.tx' AND resource_id = ?",
        Long.class,
        resourceId);
  }

  private long waiting(String resourceIdPattern) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM audit_pending WHERE resource_id LIKE ?",
        Long.class,
        resourceIdPattern);
  }

  private static AuditRecord entry(String resourceId) {
    return new AuditRecord(
        ActorType.SYSTEM,
        "it",
        TrailAuditAction.EXTERNAL_EVENT,
        "it.tx",
        resourceId,
        Outcome.SUCCESS);
  }
}
