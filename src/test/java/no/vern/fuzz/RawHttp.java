package no.vern.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: the only client that sends what an
 * attacker sends (a bad Content-Length, braces in the path, a header over 8 KB, bytes that are not
 * text) instead of refusing to. JDK only, so bench/fuzz.sh can compile it without Maven.
 */
public final class RawHttp {

  private static final int KEEP = 4096;

  private RawHttp() {}

  /** What came back: status 0 when the server closed without a status line. */
  public record Answer(int status, Map<String, String> headers, String bodyStart) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  public static Answer send(String host, int port, byte[] request, int timeoutMillis)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        // Keep the head and a little body; drain the rest so the server is never blocked.
        if (kept.size() < 64 * 1024) {
          kept.write(buffer, 0, n);
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException stopped) {
      // Tomcat may reset a connection it refused; whatever arrived is the answer.
    }
    return kept.toByteArray();
  }

  static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String[] lines = head.split("\r\n");
    int status = 0;
    if (lines.length > 0 && lines[0].startsWith("HTTP/")) {
      String[] parts = lines[0].split(" ");
      try {
        status = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0;
      } catch (NumberFormatException e) {
        status = 0;
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.putIfAbsent(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    // An HTTP/0.9 answer (to a request line without a version) is a body without a head.
    String body = status == 0 ? text : end < 0 ? "" : text.substring(end + 4);
    return new Answer(status, headers, body.substring(0, Math.min(KEEP, body.length())));
  }
}
