package no.vern.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vern.shared.Correlation;
import no.vern.shared.problem.FieldError;
import no.vern.shared.problem.ProblemType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer straight to the response, for the places that run before Spring MVC
 * (security filters, rate limits, body limits) and so cannot throw to the exception handler. Such
 * answers may leave before Spring Security's header writer runs, so they carry the headers of
 * {@link EveryAnswerHeaders} themselves.
 */
public final class ProblemWriter {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemWriter() {}

  public static void write(HttpServletResponse response, ProblemType type, String detail)
      throws IOException {
    write(response, type, type.status().value(), detail, List.of());
  }

  static void write(
      HttpServletResponse response,
      ProblemType type,
      int status,
      String detail,
      List<FieldError> errors)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri());
    body.put("title", type.title());
    body.put("status", status);
    body.put("detail", detail);
    body.put("correlationId", Correlation.current());
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    response.resetBuffer();
    response.setStatus(status);
    EveryAnswerHeaders.addMissing(response, false);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body));
    response.flushBuffer();
  }
}
