package no.vern.cookie.log;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.cookie.CookieAuditAction;
import no.vern.cookie.CookieLogRetention;
import no.vern.cookie.CookieSettings;
import no.vern.inventory.Activity;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log's retention when the inventory has no rule for it ({@code cookie.log-purge}). With a
 * {@code cookie-consent-log} activity in the active inventory, the one the notice prints, the
 * retention sweep deletes what is due under that activity's rule, honouring legal holds and
 * counting it in its certificate and forecast (docs/retention.md), and this task does nothing.
 * Without one, it deletes choices older than {@code vern.cookies.log-retention}, the same way.
 */
@Component
class CookieLogPurge {

  static final String ACTIVITY = "cookie-consent-log";
  private static final int BATCH = 5000;
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final Logger LOG = LoggerFactory.getLogger(CookieLogPurge.class);

  private final CookieLogRetention retention;
  private final TransactionTemplate transaction;
  private final ProcessingInventory inventories;
  private final CookieSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  CookieLogPurge(
      CookieLogRetention retention,
      PlatformTransactionManager transactions,
      ProcessingInventory inventories,
      CookieSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.retention = retention;
    this.transaction = new TransactionTemplate(transactions);
    this.inventories = inventories;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  void scheduled() {
    if (inventoryRule().isEmpty()) {
      purge(settings.logRetention(), LocalDate.ofInstant(clock.instant(), OSLO));
    }
  }

  /** The period the active inventory states for the log, if it has the activity. */
  Optional<Period> inventoryRule() {
    return inventories
        .active()
        .map(InventoryVersion::inventory)
        .flatMap(i -> i.activities().stream().filter(a -> ACTIVITY.equals(a.id())).findFirst())
        .map(Activity::retention)
        .filter(r -> r != null && r.period() != null)
        .map(r -> r.period());
  }

  /** Deletes every choice due by {@code day} under {@code period}; returns how many. */
  int purge(Period period, LocalDate day) {
    int total = 0;
    int deleted;
    do {
      deleted =
          transaction.execute(
              status -> {
                int rows = retention.purge(period, day, BATCH);
                if (rows > 0) {
                  audit.record(
                      AuditActor.system("cookie-log-purge")
                          .did(
                              CookieAuditAction.COOKIE_LOG_PURGED,
                              ACTIVITY,
                              "due by " + day,
                              Outcome.SUCCESS));
                }
                return rows;
              });
      total += deleted;
    } while (deleted == BATCH);
    if (total > 0) {
      LOG.info("Deleted {} cookie choices due by {} under {}", total, day, period);
    }
    return total;
  }
}
