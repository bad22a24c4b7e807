package no.vern.cookie.scan;

import java.time.Instant;
import java.util.List;

/**
 * What a scan found. {@code outcome} is {@code failed} when any page could not be read (a scan that
 * could not see a page never calls it clean), else {@code findings} when any item or the scan
 * itself has a finding, else {@code clean}.
 *
 * @param scanFindings findings about the site rather than one cookie: {@code no-reject-control} or
 *     {@code no-accept-control} when non-necessary cookies exist but the banner's button was not
 *     found
 */
public record ScanReport(
    Instant scannedAt,
    List<String> urls,
    String outcome,
    List<PageVisit> pages,
    List<ScannedItem> items,
    List<String> scanFindings) {

  public static final String CLEAN = "clean";
  public static final String FINDINGS = "findings";
  public static final String FAILED = "failed";

  /** 0 clean, 1 findings, 2 failure: the command line's exit status. */
  public int exitCode() {
    return switch (outcome) {
      case CLEAN -> 0;
      case FINDINGS -> 1;
      default -> 2;
    };
  }

  public long count(String finding) {
    return items.stream().filter(i -> i.findings().contains(finding)).count();
  }

  public List<PageVisit> failedPages() {
    return pages.stream().filter(PageVisit::failed).toList();
  }
}
