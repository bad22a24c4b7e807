package no.vern.consent.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.consent.ConsentEntry;
import no.vern.consent.ConsentReceipt;
import no.vern.consent.ledger.ConsentsApiController;

/**
 * A person's consent history as proof for a supervisory authority: CSV (RFC 4180, one event a row)
 * or JSON with each receipt's signed JWS, which verifies against {@code /.well-known/jwks.json}.
 */
final class HistoryExport {

  static final List<String> HEADER =
      List.of(
          "event",
          "subject",
          "purpose",
          "status",
          "dpv_status",
          "occurred_at",
          "notice_version",
          "language",
          "text_sha256",
          "channel",
          "method",
          "address_hmac",
          "address_key_id",
          "user_agent",
          "actor_type",
          "actor_id",
          "receipt_kid");

  /** A history entry with its receipt, when it has one. */
  record Item(ConsentEntry entry, ConsentReceipt receipt) {}

  private HistoryExport() {}

  static String csv(List<Item> items) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (Item item : items) {
      ConsentEntry e = item.entry();
      line(
          out,
          List.of(
              e.event().toString(),
              e.subject().toString(),
              e.purpose(),
              e.status().code(),
              e.status().dpv(),
              e.at().toString(),
              String.valueOf(e.noticeVersion()),
              e.language(),
              e.textSha256(),
              e.channel(),
              e.method(),
              nullToEmpty(e.addressHmac()),
              e.addressKeyId() == null ? "" : e.addressKeyId().toString(),
              nullToEmpty(e.userAgent()),
              e.actorType(),
              e.actorId(),
              item.receipt() == null ? "" : item.receipt().kid()));
    }
    return out.toString();
  }

  static Map<String, Object> json(
      UUID subject, List<Item> items, Instant exportedAt, String jwksUrl) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("subject", subject);
    root.put("exportedAt", exportedAt);
    root.put("publicKeys", jwksUrl);
    List<Object> events = new ArrayList<>();
    for (Item item : items) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("entry", ConsentsApiController.entry(item.entry()));
      if (item.receipt() != null) {
        event.put("receipt", Map.of("kid", item.receipt().kid(), "jws", item.receipt().jws()));
      }
      events.add(event);
    }
    root.put("events", events);
    return root;
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * Quoted when needed; a value a spreadsheet would run as a formula (a user agent is the caller's
   * text) is prefixed with an apostrophe.
   */
  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
