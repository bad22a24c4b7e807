package no.vern.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.web.RequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Actuator answers some errors with a status and no body at all (a health group or component that
 * does not exist: {@code /actuator/health/0} is a 404 with nothing in it), written and flushed
 * before Vern's error handling could see them. Holding the answer back until the endpoint is done
 * lets an empty error become the problem+json every other API error is.
 */
final class ActuatorProblems extends RequestFilter {

  static final String DETAIL =
      "Nothing at this management address. Vern answers /actuator/health,"
          + " /actuator/health/liveness, /actuator/health/readiness, /actuator/info and"
          + " /actuator/prometheus.";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var held = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, held);
    if (held.getStatus() >= 400 && held.getContentSize() == 0 && !response.isCommitted()) {
      int status = held.getStatus();
      CommonProblem type =
          Arrays.stream(CommonProblem.values())
              .filter(p -> p.status().value() == status)
              .findFirst()
              .orElse(CommonProblem.NOT_FOUND);
      response.reset();
      ProblemWriter.write(
          response, type, status, status == 404 ? DETAIL : type.title(), java.util.List.of());
      return;
    }
    held.copyBodyToResponse();
  }
}
