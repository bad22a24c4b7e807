package no.vern.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.web.RequestFilter;
import org.springframework.util.unit.DataSize;

/**
 * Refuses request bodies over {@code vern.http.max-body-size} with 413 before anything reads them:
 * at once when Content-Length says so, and while reading when the body is chunked. File uploads
 * (multipart) have their own, larger limit, and CSV imports bound themselves.
 */
class BodySizeLimit extends RequestFilter {

  private static final String LIMIT_ATTRIBUTE = BodySizeLimit.class.getName() + ".limit";
  private final long maxBytes;

  BodySizeLimit(DataSize maxSize) {
    this.maxBytes = maxSize.toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    // A CSV import is read as a stream and bounds itself (rows per import, characters per row:
    // docs/intake.md), so the JSON limit would only stop files that are safe to take.
    if (contentType != null
        && contentType.toLowerCase().startsWith("text/csv")
        && request.getRequestURI().equals(request.getContextPath() + "/api/v1/imports")) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(LIMIT_ATTRIBUTE, maxBytes);
    if (request.getContentLengthLong() > maxBytes) {
      ProblemWriter.write(response, CommonProblem.BODY_TOO_LARGE, detail(request));
      return;
    }
    chain.doFilter(new Limited(request, maxBytes), response);
  }

  static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  static String detail(HttpServletRequest request) {
    Object limit = request == null ? null : request.getAttribute(LIMIT_ATTRIBUTE);
    return limit == null
        ? "The request body is larger than this server accepts."
        : "The request body is larger than the limit of "
            + limit
            + " bytes. Send less, or split it.";
  }

  static final class TooLarge extends IOException {
    TooLarge() {
      super("request body over the limit", null);
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long maxBytes;
    private long count;

    CountingStream(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0 && ++count > maxBytes) {
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0 && (count += n) > maxBytes) {
        throw new TooLarge();
      }
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
