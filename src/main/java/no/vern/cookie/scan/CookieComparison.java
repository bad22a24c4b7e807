package no.vern.cookie.scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what the browser saw with the declarations. An item is {@code undeclared} when no name
 * or pattern covers it; an item that is not declared necessary (undeclared ones included) is {@code
 * set-before-consent} when present in the first pass and {@code survives-rejection} when present
 * after "Reject all". Pure: the same observations always give the same report.
 */
public final class CookieComparison {

  private CookieComparison() {}

  public static ScanReport compare(
      Instant scannedAt,
      List<String> urls,
      List<PageVisit> pages,
      List<Observation> observations,
      DeclaredCookies declared) {
    Map<String, List<Observation>> byItem = new LinkedHashMap<>();
    for (Observation o : observations) {
      byItem
          .computeIfAbsent(o.kind() + "|" + o.domain() + "|" + o.name(), k -> new ArrayList<>())
          .add(o);
    }
    List<ScannedItem> items = new ArrayList<>();
    for (List<Observation> seen : byItem.values()) {
      items.add(item(seen, declared));
    }
    items.sort(
        java.util.Comparator.comparing(ScannedItem::domain)
            .thenComparing(ScannedItem::kind)
            .thenComparing(ScannedItem::name));
    List<String> scanFindings = scanFindings(pages, items);
    String outcome;
    if (pages.stream().anyMatch(PageVisit::failed)) {
      outcome = ScanReport.FAILED;
    } else if (!scanFindings.isEmpty() || items.stream().anyMatch(i -> !i.findings().isEmpty())) {
      outcome = ScanReport.FINDINGS;
    } else {
      outcome = ScanReport.CLEAN;
    }
    return new ScanReport(
        scannedAt, List.copyOf(urls), outcome, List.copyOf(pages), items, scanFindings);
  }

  private static ScannedItem item(List<Observation> seen, DeclaredCookies declared) {
    Observation first = seen.get(0);
    Set<ScanPass> passes = EnumSet.noneOf(ScanPass.class);
    seen.forEach(o -> passes.add(o.pass()));
    Optional<DeclaredCookies.Declared> match = declared.match(first.name());
    boolean necessary = match.map(DeclaredCookies.Declared::necessary).orElse(false);
    List<String> findings = new ArrayList<>();
    if (match.isEmpty()) {
      findings.add(ScannedItem.UNDECLARED);
    }
    if (!necessary && passes.contains(ScanPass.BEFORE_CONSENT)) {
      findings.add(ScannedItem.SET_BEFORE_CONSENT);
    }
    if (!necessary && passes.contains(ScanPass.AFTER_REJECT)) {
      findings.add(ScannedItem.SURVIVES_REJECTION);
    }
    return new ScannedItem(
        first.kind(),
        first.name(),
        first.domain(),
        first.party(),
        first.lifetime(),
        match.map(DeclaredCookies.Declared::name).orElse(null),
        match.map(DeclaredCookies.Declared::category).orElse(null),
        passes.stream().map(ScanPass::code).toList(),
        List.copyOf(findings));
  }

  /**
   * A site with only necessary cookies needs no banner; one with other cookies must let people
   * refuse them, so a missing "Reject all" is then a finding of its own.
   */
  private static List<String> scanFindings(List<PageVisit> pages, List<ScannedItem> items) {
    boolean optional = items.stream().anyMatch(i -> !"necessary".equals(i.category()));
    List<String> findings = new ArrayList<>();
    if (optional && noControl(pages, ScanPass.AFTER_REJECT)) {
      findings.add("no-reject-control");
    }
    if (optional && noControl(pages, ScanPass.AFTER_ACCEPT)) {
      findings.add("no-accept-control");
    }
    return findings;
  }

  private static boolean noControl(List<PageVisit> pages, ScanPass pass) {
    return pages.stream()
        .filter(p -> p.pass() == pass && p.consentControl() != null)
        .allMatch(p -> "none".equals(p.consentControl()));
  }
}
