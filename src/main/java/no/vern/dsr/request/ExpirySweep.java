package no.vern.dsr.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.domain.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests never verified within {@code vern.dsr.unverified-ttl} expire, and what the person wrote,
 * their address and their code are purged; the reference, dates and timeline (ids and codes only)
 * stay as the record that the request came and why nothing was done. Safe to run twice.
 */
@Component
class ExpirySweep {

  private static final AuditActor SYSTEM = AuditActor.system("dsr");

  private final JdbcClient jdbc;
  private final StepRecorder steps;
  private final DsrSettings settings;
  private final Clock clock;

  ExpirySweep(JdbcClient jdbc, StepRecorder steps, DsrSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.steps = steps;
    this.settings = settings;
    this.clock = clock;
  }

  void scheduled() {
    expire(clock.instant());
  }

  /** Expires and purges the unverified requests older than the setting; returns how many. */
  @Transactional
  int expire(Instant now) {
    List<UUID> due =
        jdbc.sql(
                "SELECT id FROM dsr_request WHERE state IN ('RECEIVED', 'VERIFYING')"
                    + " AND created_at < :cutoff ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED")
            .param("cutoff", Timestamp.from(now.minus(settings.unverifiedTtl())))
            .query(UUID.class)
            .list();
    for (UUID id : due) {
      steps.move(steps.locked(id), Step.EXPIRED, SYSTEM, null);
      jdbc.sql(
              "UPDATE dsr_request SET contact = NULL, description = NULL, subject_id = NULL"
                  + " WHERE id = :id")
          .param("id", id)
          .update();
      jdbc.sql("DELETE FROM dsr_code WHERE request_id = :id").param("id", id).update();
    }
    return due.size();
  }
}
