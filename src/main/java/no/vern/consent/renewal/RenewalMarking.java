package no.vern.consent.renewal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.consent.ConsentAuditAction;
import no.vern.consent.ConsentLocks;
import no.vern.consent.ledger.ConsentStates;
import no.vern.policy.PrivacyNotices;
import no.vern.policy.PublishedNotice;
import no.vern.policy.PurposeChange;
import no.vern.shared.lock.AdvisoryLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each newly published notice version to the ledger once: for every consent purpose the
 * policy module found changed materially in it, the consents in force that rest on an older notice
 * are marked as needing renewal. Versions are applied in order, under a lock, and remembered in
 * {@code consent_notice_applied}, so instances and restarts neither skip nor repeat one.
 */
@Component
class RenewalMarking {

  private static final AuditActor RENEWAL = AuditActor.system("consent-renewal");

  private final PrivacyNotices notices;
  private final ConsentStates states;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate tx;

  RenewalMarking(
      PrivacyNotices notices,
      ConsentStates states,
      JdbcClient jdbc,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.notices = notices;
    this.states = states;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    // Its own transaction, also when called after an activation's commit.
    this.tx = new TransactionTemplate(transactions);
    tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Returns how many consents were marked. */
  int applyNewNotices() {
    Integer marked = tx.execute(status -> applyLocked());
    return marked == null ? 0 : marked;
  }

  private int applyLocked() {
    jdbc.sql(AdvisoryLock.TRANSACTION_LOCK_SQL)
        .param(ConsentLocks.RENEWAL_MARKING.key())
        .query()
        .singleRow();
    int latest = notices.latest().map(PublishedNotice::version).orElse(0);
    int applied =
        jdbc.sql("SELECT coalesce(max(notice_version), 0) FROM consent_notice_applied")
            .query(Integer.class)
            .single();
    int total = 0;
    for (int version = applied + 1; version <= latest; version++) {
      List<String> changed =
          notices.purposes(version).stream()
              .filter(PurposeChange::changed)
              .map(PurposeChange::purpose)
              .toList();
      int marked = 0;
      for (String purpose : changed) {
        marked += states.requireRenewal(purpose, version);
      }
      jdbc.sql(
              "INSERT INTO consent_notice_applied (notice_version, applied_at, marked)"
                  + " VALUES (?, ?, ?)")
          .params(version, Timestamp.from(clock.instant()), marked)
          .update();
      if (!changed.isEmpty()) {
        audit.recordDurably(
            RENEWAL.did(
                ConsentAuditAction.CONSENT_RENEWAL_REQUESTED,
                "privacy-notice",
                String.valueOf(version),
                Outcome.SUCCESS));
      }
      total += marked;
    }
    return total;
  }
}
