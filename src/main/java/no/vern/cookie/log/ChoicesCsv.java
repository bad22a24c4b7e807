package no.vern.cookie.log;

import java.util.List;

/**
 * The export of a period: one line per choice, RFC 4180. Neither the client address's hash nor the
 * user agent: the export proves what was chosen under which banner, not who the visitor was.
 */
final class ChoicesCsv {

  static final String HEADER =
      "recorded_at,consent_id,method,accepted,refused,gpc,gpc_applied,banner_version,"
          + "notice_version,material_hash,text_hash,language,page_url\r\n";

  private ChoicesCsv() {}

  static String of(List<Choice> choices) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (Choice c : choices) {
      csv.append(
              String.join(
                  ",",
                  c.recordedAt().toString(),
                  c.consentId().toString(),
                  c.method(),
                  String.join(" ", c.accepted()),
                  String.join(" ", c.refused()),
                  String.valueOf(c.gpc()),
                  String.valueOf(c.gpcApplied()),
                  field(c.bannerVersion()),
                  c.noticeVersion() == null ? "" : c.noticeVersion().toString(),
                  field(c.materialHash()),
                  field(c.textHash()),
                  c.language(),
                  field(c.pageUrl())))
          .append("\r\n");
    }
    return csv.toString();
  }

  /**
   * Quoted when needed; a value a spreadsheet would run as a formula (=, +, -, @) is prefixed with
   * an apostrophe, since the banner sends these strings and anyone can post to the log.
   */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
