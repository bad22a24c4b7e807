package no.vern.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Cache headers of static files. A fingerprinted URL names one content for ever, so browsers and
 * proxies may keep it a year without asking again ({@code immutable}); a release changes the URL.
 * The plain path ({@code /css/privacy.css}, which notices stored at publication and other sites
 * keep using) is cached an hour, so a release reaches them soon. Every other answer keeps the
 * {@code no-store} of {@link EveryAnswerHeaders}: pages may hold personal data.
 *
 * <p>The header is set before the file is looked up; an error (a hash this instance does not know,
 * during a rolling release) turns it back to {@code no-store}, so no error is cached.
 */
class StaticAssetCaching extends HttpFilter {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String SHORT = "public, max-age=3600";
  private static final String NO_STORE = "no-store";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (!read || !StaticAssets.isStatic(path)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", StaticAssets.isFingerprinted(path) ? IMMUTABLE : SHORT);
    chain.doFilter(request, new NoCachedErrors(response));
  }

  private static final class NoCachedErrors extends HttpServletResponseWrapper {

    NoCachedErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int status) {
      uncacheErrors(status);
      super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      uncacheErrors(status);
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      uncacheErrors(status);
      super.sendError(status);
    }

    private void uncacheErrors(int status) {
      if (status >= 400 && !isCommitted()) {
        setHeader("Cache-Control", NO_STORE);
      }
    }
  }
}
