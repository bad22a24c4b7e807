package no.vern.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.vern.shared.problem.ProblemType;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the servlet container sends every error that did not get an answer on the way: a filter's
 * failure, Tomcat's own rejections, a page's {@code sendError}. Same rule as {@link ErrorAnswers}:
 * problem+json for machines, a plain bilingual page for people, never a stack trace.
 */
@Controller
class VernErrorController implements ErrorController {

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    HttpStatus status = statusOf(request);
    if (isApiPath(request)) {
      response.setStatus(status.value());
      model.addAttribute("status", status.value());
      return "forward:/error/problem";
    }
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute(
        "messageKey",
        switch (status) {
          case NOT_FOUND -> "error.notFound";
          case FORBIDDEN, UNAUTHORIZED -> "error.forbidden";
          default -> "error.generic";
        });
    return "error";
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = statusOf(request);
    ProblemType type = ErrorAnswers.typeFor(status);
    String detail =
        status == HttpStatus.NOT_FOUND
            ? "There is nothing at this address. The API lives under /api/v1/; see /v3/api-docs."
            : type.title() + ".";
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ErrorAnswers.problem(type, status, detail, List.of()));
  }

  @RequestMapping("/error/problem")
  ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
    return problem(request);
  }

  private static boolean isApiPath(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null
        && (uri.toString().startsWith("/api/") || uri.toString().startsWith("/actuator"));
  }

  private static HttpStatus statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
