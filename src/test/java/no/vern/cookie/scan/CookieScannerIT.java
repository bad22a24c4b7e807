package no.vern.cookie.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scanner in Debian's Chromium against {@link TestSite}: what it reports is what a DPO reads.
 * Skipped where Chromium is missing, except in CI.
 */
class CookieScannerIT {

  static final DeclaredCookies DECLARED =
      new DeclaredCookies(
          List.of(
              new DeclaredCookies.Declared("sid", "necessary", "first-party"),
              new DeclaredCookies.Declared("_tp", "marketing", "third-party"),
              new DeclaredCookies.Declared("_stats*", "statistics", "first-party")));

  static TestSite site;
  static ChromiumScanner scanner;

  @BeforeAll
  static void start() throws Exception {
    boolean available =
        new File("/usr/bin/chromium").canExecute()
            && new File("/usr/bin/chromedriver").canExecute();
    Assumptions.assumeTrue(available || "true".equals(System.getenv("CI")), "no Chromium");
    site = new TestSite();
    scanner =
        new ChromiumScanner(
            new ScannerOptions(
                "/usr/bin/chromium",
                "/usr/bin/chromedriver",
                Duration.ofMillis(800),
                Duration.ofSeconds(20),
                Duration.ofSeconds(3)),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void reportsTheOneUndeclaredCookieAndSeesTheThirdPartyOne() {
    ScanReport report = scanner.scan(List.of(URI.create(site.url("/"))), DECLARED);
    Map<String, ScannedItem> items =
        report.items().stream().collect(Collectors.toMap(ScannedItem::name, i -> i));

    assertThat(report.items().stream().filter(i -> !i.declared()).map(ScannedItem::name))
        .containsExactly("_undeclared");
    ScannedItem undeclared = items.get("_undeclared");
    assertThat(undeclared.party()).isEqualTo("first-party");
    assertThat(undeclared.domain()).isEqualTo("127.0.0.1");
    assertThat(undeclared.lifetime()).isEqualTo("P30D");
    assertThat(undeclared.findings())
        .containsExactly("undeclared", "set-before-consent", "survives-rejection");

    ScannedItem thirdParty = items.get("_tp");
    assertThat(thirdParty).as("the iframe's cookie, read through CDP").isNotNull();
    assertThat(thirdParty.party()).isEqualTo("third-party");
    assertThat(thirdParty.domain()).isEqualTo("localhost");
    assertThat(thirdParty.lifetime()).isEqualTo("PT2H");
    assertThat(thirdParty.findings()).containsExactly("set-before-consent", "survives-rejection");

    assertThat(items.get("sid").lifetime()).isEqualTo("session");
    assertThat(items.get("sid").findings()).isEmpty();
    assertThat(items.get("_stats").passes()).containsExactly("after-accept");
    assertThat(items.get("_stats").declaredAs()).isEqualTo("_stats*");
    assertThat(items.get("_stats").findings()).isEmpty();
    assertThat(items.get("_stats_store").kind()).isEqualTo("local-storage");
    assertThat(items.get("vern_consent").passes()).containsExactly("after-reject", "after-accept");

    assertThat(report.pages()).allMatch(p -> !p.failed());
    assertThat(report.pages())
        .filteredOn(p -> p.consentControl() != null)
        .extracting(PageVisit::consentControl)
        .containsExactly("vern", "vern");
    assertThat(report.outcome()).isEqualTo("findings");
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void findsTheButtonsOfAnotherBannerByTheirWords() {
    ScanReport report = scanner.scan(List.of(URI.create(site.url("/plain"))), DECLARED);
    assertThat(report.pages())
        .filteredOn(p -> p.consentControl() != null)
        .extracting(PageVisit::consentControl)
        .containsExactly("text:avvis alle", "text:godta alle");
    assertThat(report.items()).extracting(ScannedItem::name).contains("_stats");
  }

  @Test
  void anUnreachablePageOrAnErrorPageFailsTheScanInsteadOfPassingItClean() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    ScanReport report =
        scanner.scan(
            List.of(
                URI.create("http://127.0.0.1:" + closed + "/"), URI.create(site.url("/missing"))),
            DECLARED);
    assertThat(report.outcome()).isEqualTo("failed");
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.pages())
        .filteredOn(p -> p.pass() == ScanPass.BEFORE_CONSENT)
        .extracting(PageVisit::failure)
        .containsExactly("unreachable", "http-404");
    assertThat(report.failedPages()).hasSize(6);
  }
}
