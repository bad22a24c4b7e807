package no.vern.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.web.RequestFilter;
import no.vern.system.web.ProblemWriter;
import no.vern.system.web.StaticAssets;
import org.springframework.http.HttpHeaders;

/**
 * Rate limits the public zone per client address (see {@link ClientBuckets}, per instance; the
 * address as {@link ClientAddress} has it, the same the admin sign-in throttle counts by).
 *
 * <p>Static files (stylesheets, scripts, images, the favicon) are left out: every page loads them,
 * they cost nothing to serve, and counting them would throttle people at work rather than scrapers.
 */
final class PublicRateLimitFilter extends RequestFilter {

  private final ClientBuckets buckets;

  PublicRateLimitFilter(ClientBuckets buckets) {
    this.buckets = buckets;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return StaticAssets.isStatic(path);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long retryAfterSeconds = buckets.tryConsume(ClientAddress.of(request).value());
    if (retryAfterSeconds > 0) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
      ProblemWriter.write(
          response,
          CommonProblem.RATE_LIMITED,
          "Too many requests from your address. Try again in " + retryAfterSeconds + " seconds.");
      return;
    }
    chain.doFilter(request, response);
  }
}
