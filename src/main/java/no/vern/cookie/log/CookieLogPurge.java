package no.vern.cookie.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.cookie.CookieAuditAction;
import no.vern.cookie.CookieSettings;
import no.vern.inventory.Activity;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes choices older than the log's retention period ({@code cookie.log-purge}). The period is
 * the one the privacy notice states, the active inventory's {@code cookie-consent-log} activity's
 * rule, so what the notice promises is what happens; without that activity it is {@code
 * vern.cookies.log-retention}. It counts from the choice itself, since every later choice of the
 * visitor is a row of its own and carries its own proof. In batches, each its own transaction that
 * names itself the purge (the only DELETE the table's trigger lets pass); safe to run twice.
 */
@Component
class CookieLogPurge {

  static final String ACTIVITY = "cookie-consent-log";
  private static final int BATCH = 5000;
  private static final Logger LOG = LoggerFactory.getLogger(CookieLogPurge.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ProcessingInventory inventories;
  private final CookieSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  CookieLogPurge(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      ProcessingInventory inventories,
      CookieSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.inventories = inventories;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  void scheduled() {
    purge(clock.instant());
  }

  /** The period in force: the inventory's activity's, else the setting. */
  Period retention() {
    return inventories
        .active()
        .map(InventoryVersion::inventory)
        .flatMap(i -> i.activities().stream().filter(a -> ACTIVITY.equals(a.id())).findFirst())
        .map(Activity::retention)
        .filter(r -> r != null && r.period() != null)
        .map(r -> r.period())
        .orElse(settings.logRetention());
  }

  /** Deletes every choice recorded before {@code now} minus the retention; returns how many. */
  int purge(Instant now) {
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(retention()).toInstant();
    int total = 0;
    int deleted;
    do {
      deleted =
          transaction.execute(
              status -> {
                jdbc.sql("SELECT set_config('vern.cookie_log_purge', 'on', true)")
                    .query()
                    .singleRow();
                int rows =
                    jdbc.sql(
                            "DELETE FROM cookie_consent WHERE id IN (SELECT id FROM cookie_consent"
                                + " WHERE recorded_at < ? ORDER BY id LIMIT ?)")
                        .params(Timestamp.from(cutoff), BATCH)
                        .update();
                if (rows > 0) {
                  // A link outlives nothing: once a consent id has no choices left, it goes too.
                  jdbc.sql(
                          "DELETE FROM cookie_consent_subject s WHERE NOT EXISTS (SELECT 1 FROM"
                              + " cookie_consent c WHERE c.consent_id = s.consent_id)")
                      .update();
                  audit.record(
                      AuditActor.system("cookie-log-purge")
                          .did(
                              CookieAuditAction.COOKIE_LOG_PURGED,
                              "cookie-consent-log",
                              "before " + cutoff,
                              Outcome.SUCCESS));
                }
                return rows;
              });
      total += deleted;
    } while (deleted == BATCH);
    if (total > 0) {
      LOG.info("Deleted {} cookie choices recorded before {}", total, cutoff);
    }
    return total;
  }
}
