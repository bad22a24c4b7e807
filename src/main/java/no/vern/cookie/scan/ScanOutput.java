package no.vern.cookie.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The report as a table for people and as JSON for programs (docs/cookie-scanner.md). */
public final class ScanOutput {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScanOutput() {}

  public static String json(ScanReport report) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report));
  }

  /** The JSON document as maps and lists; the admin page's API answers the same. */
  public static Map<String, Object> tree(ScanReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scannedAt", report.scannedAt().toString());
    root.put("outcome", report.outcome());
    root.put("exitCode", report.exitCode());
    root.put("urls", report.urls());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("items", report.items().size());
    counts.put("undeclared", report.count(ScannedItem.UNDECLARED));
    counts.put("setBeforeConsent", report.count(ScannedItem.SET_BEFORE_CONSENT));
    counts.put("survivesRejection", report.count(ScannedItem.SURVIVES_REJECTION));
    counts.put("failedPages", report.failedPages().size());
    root.put("counts", counts);
    root.put("scanFindings", report.scanFindings());
    List<Map<String, Object>> pages = new ArrayList<>();
    for (PageVisit p : report.pages()) {
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("url", p.url());
      page.put("pass", p.pass().code());
      page.put("status", p.failed() ? "failed" : "ok");
      page.put("failure", p.failure());
      page.put("consentControl", p.consentControl());
      pages.add(page);
    }
    root.put("pages", pages);
    List<Map<String, Object>> items = new ArrayList<>();
    for (ScannedItem i : report.items()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", i.kind());
      item.put("name", i.name());
      item.put("domain", i.domain());
      item.put("party", i.party());
      item.put("lifetime", i.lifetime());
      item.put("declared", i.declared());
      item.put("declaredAs", i.declaredAs());
      item.put("category", i.category());
      item.put("passes", i.passes());
      item.put("findings", i.findings());
      items.add(item);
    }
    root.put("items", items);
    return root;
  }

  public static String table(ScanReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Cookie scan ")
        .append(report.scannedAt())
        .append(": ")
        .append(report.outcome())
        .append(" (exit ")
        .append(report.exitCode())
        .append(")\n\nPages:\n");
    for (PageVisit p : report.pages()) {
      out.append("  ")
          .append(pad(p.pass().code(), 15))
          .append(pad(p.failed() ? "FAILED " + p.failure() : "ok", 18))
          .append(p.url());
      if (p.consentControl() != null) {
        out.append("  (button: ").append(p.consentControl()).append(')');
      }
      out.append('\n');
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "KIND", "NAME", "DOMAIN", "PARTY", "LIFETIME", "DECLARED AS", "PASSES", "FINDINGS"
        });
    for (ScannedItem i : report.items()) {
      rows.add(
          new String[] {
            i.kind(),
            i.name(),
            i.domain(),
            i.party(),
            i.lifetime(),
            i.declared() ? i.declaredAs() + " (" + i.category() + ")" : "-",
            passes(i.passes()),
            i.findings().isEmpty() ? "-" : String.join(", ", i.findings())
          });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    out.append('\n');
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(c == row.length - 1 ? row[c] : pad(row[c], widths[c] + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    if (report.items().isEmpty()) {
      out.append("(no cookies or storage keys seen)\n");
    }
    if (!report.scanFindings().isEmpty()) {
      out.append("\nSite findings: ").append(String.join(", ", report.scanFindings())).append('\n');
    }
    out.append("\n")
        .append(report.count(ScannedItem.UNDECLARED))
        .append(" undeclared, ")
        .append(report.count(ScannedItem.SET_BEFORE_CONSENT))
        .append(" set before consent, ")
        .append(report.count(ScannedItem.SURVIVES_REJECTION))
        .append(" survive rejection, ")
        .append(report.failedPages().size())
        .append(" failed pages\n");
    return out.toString();
  }

  /** B, R, A for the passes an item was present in. */
  private static String passes(List<String> codes) {
    return (codes.contains(ScanPass.BEFORE_CONSENT.code()) ? "B" : "-")
        + (codes.contains(ScanPass.AFTER_REJECT.code()) ? "R" : "-")
        + (codes.contains(ScanPass.AFTER_ACCEPT.code()) ? "A" : "-");
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
