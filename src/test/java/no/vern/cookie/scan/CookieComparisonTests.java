package no.vern.cookie.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison with the inventory: names, patterns, and what each finding means. */
class CookieComparisonTests {

  static final Instant AT = Instant.parse("2026-12-06T12:00:00Z");
  static final String SITE = "https://www.example.invalid/";

  static final DeclaredCookies DECLARED =
      new DeclaredCookies(
          List.of(
              new DeclaredCookies.Declared("session", "necessary", "first-party"),
              new DeclaredCookies.Declared("_ga", "statistics", "first-party"),
              new DeclaredCookies.Declared("_ga_*", "statistics", "first-party"),
              new DeclaredCookies.Declared("_g*", "marketing", "third-party")));

  static Observation seen(String name, ScanPass pass) {
    return new Observation("cookie", name, "example.invalid", "first-party", "session", pass);
  }

  static ScanReport compare(List<PageVisit> pages, Observation... seen) {
    return CookieComparison.compare(AT, List.of(SITE), pages, List.of(seen), DECLARED);
  }

  static List<PageVisit> allFound() {
    return List.of(
        new PageVisit(SITE, ScanPass.BEFORE_CONSENT, null, null),
        new PageVisit(SITE, ScanPass.AFTER_REJECT, null, "vern"),
        new PageVisit(SITE, ScanPass.AFTER_ACCEPT, null, "vern"));
  }

  @Test
  void exactNamesWinOverPatternsAndTheLongestPatternWins() {
    assertThat(DECLARED.match("_ga").orElseThrow().category()).isEqualTo("statistics");
    assertThat(DECLARED.match("_ga_ABC123").orElseThrow().name()).isEqualTo("_ga_*");
    assertThat(DECLARED.match("_gcl_au").orElseThrow().name()).isEqualTo("_g*");
    assertThat(DECLARED.match("_ga_").orElseThrow().name()).isEqualTo("_ga_*");
    assertThat(DECLARED.match("ga")).isEmpty();
    assertThat(DECLARED.match("Session")).as("cookie names are case-sensitive").isEmpty();
  }

  @Test
  void vernsOwnConsentCookieIsNecessaryWithoutADeclaration() {
    assertThat(DECLARED.match("vern_consent").orElseThrow().necessary()).isTrue();
    var own =
        new DeclaredCookies(List.of(new DeclaredCookies.Declared("vern_*", "preferences", null)));
    assertThat(own.match("vern_consent").orElseThrow().category())
        .as("a declaration in the inventory wins")
        .isEqualTo("preferences");
  }

  @Test
  void onlyTheStrictlyNecessaryMayBeThereBeforeConsentAndAfterRejection() {
    ScanReport report =
        compare(
            allFound(),
            seen("session", ScanPass.BEFORE_CONSENT),
            seen("session", ScanPass.AFTER_REJECT),
            seen("_ga", ScanPass.BEFORE_CONSENT),
            seen("_ga_X1", ScanPass.AFTER_REJECT),
            seen("_ga_X1", ScanPass.AFTER_ACCEPT),
            seen("tracker", ScanPass.AFTER_ACCEPT));

    assertThat(report.items())
        .extracting(ScannedItem::name, ScannedItem::findings)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("_ga", List.of("set-before-consent")),
            org.assertj.core.groups.Tuple.tuple("_ga_X1", List.of("survives-rejection")),
            org.assertj.core.groups.Tuple.tuple("session", List.of()),
            org.assertj.core.groups.Tuple.tuple("tracker", List.of("undeclared")));
    assertThat(report.outcome()).isEqualTo("findings");
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.count(ScannedItem.UNDECLARED)).isEqualTo(1);
  }

  @Test
  void anUndeclaredCookieBeforeConsentIsAllThreeFindings() {
    ScanReport report =
        compare(
            allFound(),
            seen("x", ScanPass.BEFORE_CONSENT),
            seen("x", ScanPass.AFTER_REJECT),
            seen("x", ScanPass.AFTER_ACCEPT));
    assertThat(report.items().get(0).findings())
        .containsExactly("undeclared", "set-before-consent", "survives-rejection");
    assertThat(report.items().get(0).passes())
        .containsExactly("before-consent", "after-reject", "after-accept");
  }

  @Test
  void onlyNecessaryCookiesAndAllPagesReadIsClean() {
    ScanReport report = compare(allFound(), seen("session", ScanPass.BEFORE_CONSENT));
    assertThat(report.outcome()).isEqualTo("clean");
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void aPageThatFailedNeverMakesTheScanClean() {
    List<PageVisit> pages =
        List.of(
            new PageVisit(SITE, ScanPass.BEFORE_CONSENT, "unreachable", null),
            new PageVisit(SITE, ScanPass.AFTER_REJECT, "unreachable", null),
            new PageVisit(SITE, ScanPass.AFTER_ACCEPT, "http-503", null));
    ScanReport report = compare(pages);
    assertThat(report.items()).isEmpty();
    assertThat(report.outcome()).isEqualTo("failed");
    assertThat(report.exitCode()).isEqualTo(2);
  }

  @Test
  void withoutARejectButtonASiteWithOptionalCookiesHasAFindingAndOneWithoutDoesNot() {
    List<PageVisit> noBanner =
        List.of(
            new PageVisit(SITE, ScanPass.BEFORE_CONSENT, null, null),
            new PageVisit(SITE, ScanPass.AFTER_REJECT, null, "none"),
            new PageVisit(SITE, ScanPass.AFTER_ACCEPT, null, "none"));
    assertThat(compare(noBanner, seen("session", ScanPass.BEFORE_CONSENT)).outcome())
        .isEqualTo("clean");
    ScanReport optional = compare(noBanner, seen("_ga", ScanPass.AFTER_ACCEPT));
    assertThat(optional.scanFindings()).containsExactly("no-reject-control", "no-accept-control");
    assertThat(optional.outcome()).isEqualTo("findings");
  }

  @Test
  void lifetimesAreRoundedFromTheMomentTheyWereRead() {
    long read = AT.toEpochMilli();
    double at = read / 1000.0;
    assertThat(Lifetimes.of(true, -1, read)).isEqualTo("session");
    assertThat(Lifetimes.of(false, at + 395 * 86_400 - 0.7, read)).isEqualTo("P395D");
    assertThat(Lifetimes.of(false, at + 7200 - 2, read)).isEqualTo("PT2H");
    assertThat(Lifetimes.of(false, at + 30 * 60 + 1, read)).isEqualTo("PT30M");
    assertThat(Lifetimes.of(false, at - 5, read)).isEqualTo("expired");
  }

  @Test
  void theSitesOwnDomainsAreFirstPartyAndOthersThird() {
    var hosts = java.util.Set.of("www.example.invalid");
    assertThat(Parties.of(".example.invalid", hosts)).isEqualTo("first-party");
    assertThat(Parties.of("www.example.invalid", hosts)).isEqualTo("first-party");
    assertThat(Parties.of("cdn.www.example.invalid", hosts)).isEqualTo("first-party");
    assertThat(Parties.of(".ads.example.net", hosts)).isEqualTo("third-party");
    assertThat(Parties.of("badexample.invalid", hosts)).isEqualTo("third-party");
  }

  @Test
  void onlyWebAddressesMayBeScanned() {
    assertThat(ScanUrls.parse(List.of("https://www.example.invalid/a?b=c")))
        .extracting(java.net.URI::getHost)
        .containsExactly("www.example.invalid");
    for (String bad :
        List.of(
            "file:///etc/passwd",
            "javascript:alert(1)",
            "chrome://settings",
            "www.example.invalid",
            "http://")) {
      assertThatThrownBy(() -> ScanUrls.parse(List.of(bad)))
          .as(bad)
          .isInstanceOf(ScanUrls.InvalidScanUrl.class);
    }
    assertThatThrownBy(() -> ScanUrls.parse(List.of())).hasMessageContaining("at least one page");
  }

  @Test
  void theTableAndTheJsonShowTheFindings() {
    ScanReport report =
        compare(
            allFound(),
            seen("tracker", ScanPass.BEFORE_CONSENT),
            seen("session", ScanPass.BEFORE_CONSENT));
    String table = ScanOutput.table(report);
    assertThat(table)
        .contains("findings (exit 1)")
        .containsPattern(
            "tracker +example.invalid +first-party +session +- +B-- +undeclared, set-before-consent")
        .contains("1 undeclared, 1 set before consent, 0 survive rejection, 0 failed pages");
    String json = ScanOutput.json(report);
    assertThat(json)
        .contains("\"outcome\" : \"findings\"")
        .contains("\"exitCode\" : 1")
        .contains("\"declared\" : false")
        .contains("\"undeclared\" : 1");
  }

  @Test
  void theCommandRefusesANonWebAddressWithExitTwoBeforeStartingAnything() {
    int status =
        new CookieScanCommand()
            .run(Object.class, new String[] {"cookies", "scan", "file:///etc/passwd", "--json"});
    assertThat(status).isEqualTo(2);
    var parsed =
        CookieScanCommand.Arguments.parse(
            new String[] {
              "cookies",
              "scan",
              "https://a.example.invalid/",
              "--json",
              "--inventory",
              "i.yaml",
              "--vern.x=1"
            });
    assertThat(parsed.urls()).containsExactly("https://a.example.invalid/");
    assertThat(parsed.json()).isTrue();
    assertThat(parsed.inventory()).hasToString("i.yaml");
    assertThat(parsed.settings()).containsExactly("--vern.x=1");
  }
}
