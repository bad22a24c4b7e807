package no.vern.dsr.portability;

import java.util.List;
import java.util.Map;

/**
 * The portable data as CSV (RFC 4180, UTF-8, CRLF): one row per field of each record, with nested
 * fields named by dotted paths and list items by index, so any spreadsheet opens it without a
 * schema. A text cell that starts with {@code = + - @} gets a leading apostrophe, so a spreadsheet
 * shows it instead of running it as a formula (CSV injection).
 */
public final class PortabilityCsv {

  private static final String HEADER = "record_id,activity,basis,collected_at,field,value\r\n";

  private PortabilityCsv() {}

  public static String of(PortableData data) {
    StringBuilder out = new StringBuilder(HEADER);
    for (PortableData.PortableRecord r : data.records()) {
      String prefix =
          r.id() + "," + cell(guard(r.activity())) + "," + r.basis() + "," + r.collectedAt() + ",";
      flatten(
          "",
          r.data(),
          (field, value) ->
              out.append(prefix)
                  .append(cell(guard(field)))
                  .append(',')
                  .append(cell(value))
                  .append("\r\n"));
    }
    return out.toString();
  }

  private interface Sink {
    void put(String field, String value);
  }

  private static void flatten(String path, Object value, Sink sink) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, sink));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(path + "[" + i + "]", list.get(i), sink);
      }
    } else {
      // Numbers and booleans are written as they are: "-5" is a number, not a formula.
      sink.put(
          path, value == null ? "" : value instanceof String s ? guard(s) : String.valueOf(value));
    }
  }

  private static String guard(String text) {
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  static String cell(String safe) {
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
