package no.vern.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vern.shared.Correlation;
import no.vern.shared.web.RequestFilter;

/** Gives each request a correlation id for logs, audit entries and problem answers. */
class CorrelationFilter extends RequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = Correlation.acceptOrGenerate(request.getHeader(Correlation.HEADER));
    Correlation.set(id);
    response.setHeader(Correlation.HEADER, id);
    try {
      chain.doFilter(request, response);
    } finally {
      Correlation.clear();
    }
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}
