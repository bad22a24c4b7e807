package no.vern.system.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code application/x-www-form-urlencoded} text (a query string or a form body) with
 * Tomcat's grammar but strictly, and says what is wrong without quoting a value: Tomcat's own
 * parser throws on the same input with the value in its message, which is how values reached the
 * log.
 */
final class UrlEncoded {

  /** Tomcat's {@code maxParameterCount} default (query and body together). */
  static final int MAX_PARAMETERS = 1000;

  // The firewall's rule for parameter names: assigned characters, no control characters.
  private static final Pattern ALLOWED_NAME =
      Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

  private UrlEncoded() {}

  /** One parameter that cannot be taken: where, a stable code, and why (never the value). */
  static final class Refused extends Exception {
    final String field;
    final String code;

    Refused(String field, String code, String message) {
      super(message, null, false, false);
      this.field = field;
      this.code = code;
    }
  }

  /**
   * Adds the parameters of {@code bytes} to {@code into}, in order, or refuses the first bad one.
   */
  static void parse(byte[] bytes, Charset charset, Map<String, List<String>> into) throws Refused {
    int count = into.values().stream().mapToInt(List::size).sum();
    int start = 0;
    while (start <= bytes.length) {
      int end = indexOf(bytes, (byte) '&', start);
      if (end > start) {
        if (++count > MAX_PARAMETERS) {
          throw new Refused("", "count", "At most " + MAX_PARAMETERS + " parameters.");
        }
        add(bytes, start, end, charset, into);
      }
      start = end + 1;
    }
  }

  private static void add(
      byte[] bytes, int start, int end, Charset charset, Map<String, List<String>> into)
      throws Refused {
    int equals = indexOf(bytes, (byte) '=', start);
    int nameEnd = Math.min(equals, end);
    String rawName = new String(bytes, start, nameEnd - start, StandardCharsets.ISO_8859_1);
    String shown = printable(rawName);
    if (nameEnd == start) {
      throw new Refused("", "name", "A parameter has a value but no name.");
    }
    String name = decode(bytes, start, nameEnd, charset, shown);
    if (!ALLOWED_NAME.matcher(name).matches()) {
      throw new Refused(shown, "control-character", "The name holds a control character.");
    }
    String value = equals < end ? decode(bytes, equals + 1, end, charset, name) : "";
    if (value.indexOf('\0') >= 0) {
      throw new Refused(name, "control-character", "The value holds a NUL character.");
    }
    into.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
  }

  private static String decode(byte[] bytes, int start, int end, Charset charset, String field)
      throws Refused {
    ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
    for (int i = start; i < end; i++) {
      byte b = bytes[i];
      if (b == '+') {
        out.write(' ');
      } else if (b == '%') {
        int high = i + 1 < end ? Character.digit(bytes[i + 1], 16) : -1;
        int low = i + 2 < end ? Character.digit(bytes[i + 2], 16) : -1;
        if (high < 0 || low < 0) {
          throw new Refused(field, "encoding", "A '%' must be followed by two hex digits.");
        }
        out.write(high * 16 + low);
        i += 2;
      } else {
        out.write(b);
      }
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Refused(field, "encoding", "Not valid " + charset.name() + " once decoded.");
    }
  }

  /**
   * A name as the caller can recognise it, safe to put in an answer: the raw (still
   * percent-encoded) text, control characters as \\uXXXX, at most 64 characters.
   */
  private static String printable(String raw) {
    StringBuilder out = new StringBuilder();
    raw.codePoints()
        .limit(64)
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || c > 0x7e) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return bytes.length;
  }
}
