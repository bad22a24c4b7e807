package no.vern.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vern.shared.problem.CommonProblem;
import no.vern.system.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits the public zone per client address (see {@link ClientBuckets}, per instance). The
 * address is {@code getRemoteAddr()}: behind a proxy, Boot's forward-headers strategy puts the
 * client's address there, and nothing a client sends can choose its own bucket.
 *
 * <p>The stylesheet and scripts are left out: every admin page loads them, they cost nothing to
 * serve, and counting them would throttle people at work rather than scrapers.
 */
final class PublicRateLimitFilter extends OncePerRequestFilter {

  private final ClientBuckets buckets;

  PublicRateLimitFilter(ClientBuckets buckets) {
    this.buckets = buckets;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/css/") || path.startsWith("/webjars/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long retryAfterSeconds = buckets.tryConsume(request.getRemoteAddr());
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
