package no.vern.consent.decision;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import no.vern.shared.web.RequestFilter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/decisions?identifier=email:...} carries an identifier in its query string.
 * Everything in Vern that prints a request's query string (Spring's request logging at debug level,
 * for one) asks {@code getQueryString()}; past this filter it answers with the identifier masked.
 * The handler reads parameters, which stay intact. The servlet container's own access log and any
 * proxy in front see the raw request: hence the advice to use the batch POST.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionQueryMasking extends RequestFilter {

  private static final Pattern IDENTIFIER = Pattern.compile("(^|&)(identifier=)[^&]*");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.equals("/api/v1/decisions");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Masked(request), response);
  }

  static String mask(String query) {
    return query == null ? null : IDENTIFIER.matcher(query).replaceAll("$1$2***");
  }

  private static final class Masked extends HttpServletRequestWrapper {
    Masked(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getQueryString() {
      return mask(super.getQueryString());
    }
  }
}
