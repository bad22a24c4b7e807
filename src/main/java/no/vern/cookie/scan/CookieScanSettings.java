package no.vern.cookie.scan;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scanner (docs/cookie-scanner.md).
 *
 * @param chromium the browser (Debian's by default)
 * @param chromedriver its driver, the same version as the browser
 * @param settle wait after each page's load event for its scripts to set cookies
 * @param pageTimeout a page slower than this counts as failed
 * @param consentWait how long to look for the banner's "Reject all" or "Accept all"
 * @param queueDelay how often the task cookie.scan-queue looks for requested scans
 * @param stuckAfter a scan running longer than this was cut off (its instance died) and is failed
 */
@ConfigurationProperties("vern.cookies.scan")
public record CookieScanSettings(
    @DefaultValue("/usr/bin/chromium") String chromium,
    @DefaultValue("/usr/bin/chromedriver") String chromedriver,
    @DefaultValue("1500ms") Duration settle,
    @DefaultValue("30s") Duration pageTimeout,
    @DefaultValue("10s") Duration consentWait,
    @DefaultValue("5s") Duration queueDelay,
    @DefaultValue("30m") Duration stuckAfter) {

  public ScannerOptions options() {
    return new ScannerOptions(chromium, chromedriver, settle, pageTimeout, consentWait);
  }
}
