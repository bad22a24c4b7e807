package no.vern.system.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose parameters were read by {@link ParameterGuard}: they are answered from that
 * reading, and the body it consumed can be read again, so nothing downstream asks Tomcat to parse
 * them a second time.
 */
final class GuardedRequest extends HttpServletRequestWrapper {

  private final Map<String, String[]> parameters;
  private final byte[] body;
  private final boolean bodyless;
  private ServletInputStream stream;

  GuardedRequest(HttpServletRequest request, Map<String, List<String>> parsed, byte[] body) {
    this(request, parsed, body, false);
  }

  /**
   * For an error page: the body is not there at all (no content type, no parts), so nothing on the
   * way to the page tries to parse the body whose failure it may be reporting.
   */
  static GuardedRequest forErrorPage(HttpServletRequest request, Map<String, List<String>> query) {
    return new GuardedRequest(request, query, new byte[0], true);
  }

  private GuardedRequest(
      HttpServletRequest request, Map<String, List<String>> parsed, byte[] body, boolean bodyless) {
    super(request);
    this.bodyless = bodyless;
    Map<String, String[]> copy = new LinkedHashMap<>();
    parsed.forEach((name, values) -> copy.put(name, values.toArray(String[]::new)));
    this.parameters = Collections.unmodifiableMap(copy);
    this.body = body;
  }

  @Override
  public String getContentType() {
    return bodyless ? null : super.getContentType();
  }

  @Override
  public String getHeader(String name) {
    return bodyless && "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
  }

  @Override
  public long getContentLengthLong() {
    return bodyless ? 0 : super.getContentLengthLong();
  }

  @Override
  public int getContentLength() {
    return bodyless ? 0 : super.getContentLength();
  }

  @Override
  public Collection<Part> getParts() throws IOException, ServletException {
    return bodyless ? List.of() : super.getParts();
  }

  @Override
  public Part getPart(String name) throws IOException, ServletException {
    return bodyless ? null : super.getPart(name);
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = parameters.get(name);
    return values == null ? null : values.clone();
  }

  @Override
  public ServletInputStream getInputStream() {
    if (stream == null) {
      stream = replay(new ByteArrayInputStream(body));
    }
    return stream;
  }

  private static ServletInputStream replay(ByteArrayInputStream in) {
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("The body was read already; read it synchronously.");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }
}
