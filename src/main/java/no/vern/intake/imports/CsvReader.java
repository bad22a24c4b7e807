package no.vern.intake.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180) one record at a time, so an import never holds the whole file: fields may be
 * quoted, a quoted field may hold commas, line breaks and doubled quotes. UTF-8 only, with or
 * without a byte-order mark; lines end with CRLF, LF or CR. Error messages name the line, never the
 * text, which is personal data.
 */
final class CsvReader implements Closeable {

  /** Bounds the memory one record can take, including an unclosed quote running to the end. */
  static final int MAX_RECORD_CHARS = 1 << 20;

  private final Reader in;
  // Its own buffer: a BufferedReader's read() takes a lock for every character, which adds up to
  // seconds on a file of a million rows.
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private boolean started;
  private int pushedBack = NONE;
  private long line = 1;

  private static final int NONE = -2;

  CsvReader(InputStream in) {
    // REPORT instead of the default replacement: a file in another encoding must not be stored
    // with its letters silently turned into U+FFFD.
    this.in =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** The line the next record starts on (1-based), for messages. */
  long line() {
    return line;
  }

  /** The next record's fields, or {@code null} at the end of the input. */
  List<String> next() throws IOException {
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == -1) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean closed = false;
    int size = 0;
    while (true) {
      if (++size > MAX_RECORD_CHARS) {
        throw new CsvFormatException(
            "A record is longer than " + MAX_RECORD_CHARS + " characters", line);
      }
      if (quoted) {
        if (c == -1) {
          throw new CsvFormatException("A quoted field is not closed", line);
        }
        if (c == '"') {
          int n = read();
          if (n != '"') {
            quoted = false;
            closed = true;
            c = n;
            continue;
          }
        } else if (c == '\n') {
          line++;
        }
        field.append((char) c);
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        closed = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            pushedBack = n;
          }
        }
        if (c != -1) {
          line++;
        }
        fields.add(field.toString());
        return fields;
      } else if (closed) {
        throw new CsvFormatException("Text after the closing quote of a field", line);
      } else if (c == '"') {
        if (!field.isEmpty()) {
          throw new CsvFormatException(
              "A quote inside an unquoted field; quote the field and double the quote", line);
        }
        quoted = true;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private int read() throws IOException {
    if (pushedBack != NONE) {
      int c = pushedBack;
      pushedBack = NONE;
      return c;
    }
    if (position == limit) {
      int n;
      try {
        n = in.read(buffer, 0, buffer.length);
      } catch (CharacterCodingException e) {
        throw new CsvFormatException("The file is not UTF-8", line);
      }
      if (n <= 0) {
        return -1;
      }
      position = 0;
      limit = n;
    }
    return buffer[position++];
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The input is not CSV from the given line on; nothing after it can be trusted. */
  static final class CsvFormatException extends IOException {
    private final long line;

    CsvFormatException(String message, long line) {
      super(message + " (line " + line + ").", null);
      this.line = line;
    }

    long line() {
      return line;
    }
  }
}
