package no.vern.consent.renewal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.vern.consent.ledger.ConsentStates;
import no.vern.consent.ledger.JdbcConsentLedger;
import no.vern.consent.purpose.PurposeCatalogue;
import no.vern.consent.purpose.Purposes;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.InventoryActivated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the states true as time passes and the inventory changes: consents past their maximum age
 * get their {@code EXPIRED} event, a changed maximum age moves the expiry of the consents in force,
 * and consents resting on a materially changed purpose are marked for renewal. Runs on a schedule
 * and after each activation's commit (a module listener, retried at restart if it fails); {@link
 * #sweep(Instant)} is callable from tests.
 */
@Component
public class ConsentSweep {

  record Result(int expired, int renewalsRequired, int reexpired) {}

  private static final int BATCH = 500;
  private static final Logger log = LoggerFactory.getLogger(ConsentSweep.class);

  private final ConsentStates states;
  private final JdbcConsentLedger ledger;
  private final RenewalMarking renewal;
  private final PurposeCatalogue catalogue;
  private final Clock clock;
  private final Map<String, Period> appliedMaxAges = new HashMap<>();
  private int appliedInventory = -1;

  ConsentSweep(
      ConsentStates states,
      JdbcConsentLedger ledger,
      RenewalMarking renewal,
      PurposeCatalogue catalogue,
      Clock clock) {
    this.states = states;
    this.ledger = ledger;
    this.renewal = renewal;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The {@code consent.sweep} task (the module root's ConsentTasks). */
  public void scheduled() {
    Result result = sweep(clock.instant());
    if (result.expired() + result.renewalsRequired() + result.reexpired() > 0) {
      log.info(
          "Consent sweep: {} expired, {} marked for renewal, {} expiries moved",
          result.expired(),
          result.renewalsRequired(),
          result.reexpired());
    }
  }

  @ApplicationModuleListener
  void activated(InventoryActivated activated) {
    catalogue.invalidate();
    renewal.applyNewNotices();
    applyMaxAges();
  }

  synchronized Result sweep(Instant now) {
    int renewals = renewal.applyNewNotices();
    int reexpired = applyMaxAges();
    int expired = 0;
    while (true) {
      List<ConsentStates.Expiring> due = states.expiring(now, BATCH);
      int done = 0;
      for (ConsentStates.Expiring e : due) {
        done += ledger.expire(e, now) ? 1 : 0;
      }
      expired += done;
      // A batch where another instance did all the work ends the loop, too.
      if (due.size() < BATCH || done == 0) {
        return new Result(expired, renewals, reexpired);
      }
    }
  }

  /** When a purpose's maxAge differs from what this instance last applied, re-dates its states. */
  private synchronized int applyMaxAges() {
    Purposes purposes = catalogue.current();
    if (purposes.inventoryVersion() == appliedInventory || purposes.inventory() == null) {
      return 0;
    }
    int moved = 0;
    for (ConsentPurpose p : purposes.inventory().consentPurposes()) {
      if (appliedInventory < 0 || !Objects.equals(appliedMaxAges.get(p.code()), p.maxAge())) {
        moved += states.reexpire(p.code(), p.maxAge() == null ? null : p.maxAge().toString());
        appliedMaxAges.put(p.code(), p.maxAge());
      }
    }
    appliedInventory = purposes.inventoryVersion();
    return moved;
  }
}
