package no.vern.cookie.scan;

import java.time.Duration;

/**
 * How the browser runs.
 *
 * @param settle how long to wait after a page's load event for scripts to set their cookies
 * @param pageTimeout how long a page may take to load before it counts as failed
 * @param consentWait how long to look for the banner's button before giving up
 */
public record ScannerOptions(
    String chromium,
    String chromedriver,
    Duration settle,
    Duration pageTimeout,
    Duration consentWait) {

  public static ScannerOptions defaults() {
    return new ScannerOptions(
        "/usr/bin/chromium",
        "/usr/bin/chromedriver",
        Duration.ofMillis(1500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10));
  }
}
