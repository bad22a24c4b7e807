package no.vern.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import no.vern.shared.web.RequestFilter;

/**
 * Adds {@link EveryAnswerHeaders} to an answer just before its body is written, where Spring
 * Security's header writer did not (an answer made before its chain, or one rendered by a forward:
 * {@code /privacy/versions} for JSON went out without them). Headers the answer set itself win, so
 * a page's own Referrer-Policy or a script's Cache-Control stays.
 */
class HeadersOnEveryAnswer extends RequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new Completing(response, request.isSecure()));
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  private static final class Completing extends HttpServletResponseWrapper {
    private final boolean secure;

    Completing(HttpServletResponse response, boolean secure) {
      super(response);
      this.secure = secure;
    }

    private void complete() {
      if (!isCommitted()) {
        EveryAnswerHeaders.addMissing((HttpServletResponse) getResponse(), secure);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      complete();
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      complete();
      return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      complete();
      super.flushBuffer();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      complete();
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      complete();
      super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      complete();
      super.sendRedirect(location);
    }
  }
}
