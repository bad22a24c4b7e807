package no.vern.dsr.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrAuditAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed request (fulfilled, refused or withdrawn) is the evidence of how the person was answered
 * (Art. 5(2), 12), needed while a complaint or a claim about the answer is possible. After {@code
 * vern.dsr.answered-retention} (three years: the general limitation period, foreldelsesloven § 2)
 * what identifies the person goes: the address and text they wrote, the link to them and the case
 * handlers' notes on the timeline. The reference, dates, rights, outcome and steps (ids and codes)
 * stay as the register of requests. Safe to run twice: a purged row no longer qualifies.
 */
@Component
class AnsweredRequestPurge {

  private static final AuditActor SYSTEM = AuditActor.system("dsr");
  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final DsrSettings settings;
  private final Clock clock;

  AnsweredRequestPurge(JdbcClient jdbc, AuditTrail audit, DsrSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  void scheduled() {
    while (purge(clock.instant()) == BATCH) {
      // another batch is due
    }
  }

  /** Purges one batch of the closed requests older than the setting; returns how many. */
  @Transactional
  int purge(Instant now) {
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(settings.answeredRetention()).toInstant();
    List<UUID> due =
        jdbc.sql(
                "SELECT id FROM dsr_request WHERE state IN ('FULFILLED', 'DENIED', 'WITHDRAWN')"
                    + " AND updated_at < :cutoff"
                    + " AND (contact IS NOT NULL OR description IS NOT NULL"
                    + " OR subject_id IS NOT NULL)"
                    + " ORDER BY updated_at LIMIT "
                    + BATCH
                    + " FOR UPDATE SKIP LOCKED")
            .param("cutoff", Timestamp.from(cutoff))
            .query(UUID.class)
            .list();
    if (due.isEmpty()) {
      return 0;
    }
    jdbc.sql(
            "UPDATE dsr_request SET contact = NULL, description = NULL, subject_id = NULL,"
                + " verification_reason = NULL WHERE id IN (:ids)")
        .param("ids", due)
        .update();
    jdbc.sql("UPDATE dsr_timeline SET note = NULL WHERE request_id IN (:ids) AND note IS NOT NULL")
        .param("ids", due)
        .update();
    for (UUID id : due) {
      audit.record(
          SYSTEM.did(
              DsrAuditAction.DSR_ANSWERED_DATA_PURGED,
              "dsr-request",
              id.toString(),
              Outcome.SUCCESS));
    }
    return due.size();
  }
}
