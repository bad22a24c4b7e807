package no.vern.cookie.scan;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the queued scans, one after the other, on the scheduler's thread (task {@code
 * cookie.scan-queue}). Safe to run twice: a scan is claimed with {@code SKIP LOCKED}, so two
 * instances never take the same one.
 */
@Component
class CookieScanRunner {

  private static final Logger log = LoggerFactory.getLogger(CookieScanRunner.class);

  private final CookieScans scans;
  private final ChromiumScanner scanner;
  private final ProcessingInventory inventory;
  private final CookieScanSettings settings;
  private final Clock clock;

  CookieScanRunner(
      CookieScans scans,
      ChromiumScanner scanner,
      ProcessingInventory inventory,
      CookieScanSettings settings,
      Clock clock) {
    this.scans = scans;
    this.scanner = scanner;
    this.inventory = inventory;
    this.settings = settings;
    this.clock = clock;
  }

  void runQueued() {
    scans.failStuck(clock.instant().minus(settings.stuckAfter()));
    for (Optional<CookieScans.Scan> next = scans.claim(); next.isPresent(); next = scans.claim()) {
      run(next.get());
    }
  }

  private void run(CookieScans.Scan scan) {
    Optional<InventoryVersion> active = inventory.active();
    DeclaredCookies declared =
        DeclaredCookies.of(active.map(v -> v.inventory().cookies()).orElse(List.of()));
    @Nullable Integer version = active.map(InventoryVersion::number).orElse(null);
    ScanReport report;
    try {
      report = scanner.scan(scan.urls().stream().map(URI::create).toList(), declared);
    } catch (RuntimeException e) {
      // The addresses stay out of the log: only the scan's id and the kind of failure.
      log.warn("Cookie scan {} could not run: {}", scan.id(), e.getClass().getSimpleName());
      scans.fail(scan.id(), "BROWSER_FAILED");
      return;
    }
    scans.finish(scan.id(), report, version);
  }
}
