package no.vern.intake.forms;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.vern.shared.Correlation;
import no.vern.shared.problem.ProblemType;
import tools.jackson.databind.json.JsonMapper;

/**
 * problem+json written by {@link PublicFormsFilter}, which answers before Spring MVC and so cannot
 * throw to the exception handler; the same fields as every other problem answer.
 */
final class ProblemResponses {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  static byte[] body(ProblemType type, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri());
    body.put("title", type.title());
    body.put("status", type.status().value());
    body.put("detail", detail);
    body.put("correlationId", Correlation.current());
    return JSON.writeValueAsBytes(body);
  }

  static void write(HttpServletResponse response, ProblemType type, String detail)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    byte[] body = body(type, detail);
    response.resetBuffer();
    response.setStatus(type.status().value());
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
