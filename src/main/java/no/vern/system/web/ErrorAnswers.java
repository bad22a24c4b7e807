package no.vern.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import no.vern.shared.Correlation;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Decides how a failure is answered. Machines (the API, or anyone not asking for HTML) get
 * problem+json; people on admin or public pages get the error page, reached through {@code
 * sendError} so the servlet container renders it with the right status.
 */
final class ErrorAnswers {

  private ErrorAnswers() {}

  static ResponseEntity<Object> answer(
      HttpServletRequest request, ProblemType type, String detail, List<FieldError> errors) {
    return answer(request, type, type.status(), detail, errors);
  }

  static ResponseEntity<Object> answer(
      HttpServletRequest request,
      ProblemType type,
      HttpStatusCode status,
      String detail,
      List<FieldError> errors) {
    if (request != null && isPageRequest(request)) {
      sendToErrorPage(status);
      return null;
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(type, status, detail, errors));
  }

  static ProblemDetail problem(
      ProblemType type, HttpStatusCode status, String detail, List<FieldError> errors) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setType(URI.create(type.uri()));
    body.setTitle(type.title());
    body.setProperty("correlationId", Correlation.current());
    if (!errors.isEmpty()) {
      body.setProperty("errors", errors);
    }
    return body;
  }

  /** A page for a person: not the API, not actuator, and the client accepts HTML. */
  static boolean isPageRequest(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/actuator")) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  static ProblemType typeFor(HttpStatusCode status) {
    for (CommonProblem type : CommonProblem.values()) {
      boolean specialised =
          type == CommonProblem.MALFORMED_BODY || type == CommonProblem.INVALID_PARAMETER;
      if (type.status().value() == status.value() && !specialised) {
        return type;
      }
    }
    return status.is4xxClientError() ? CommonProblem.VALIDATION_FAILED : CommonProblem.INTERNAL;
  }

  static HttpServletRequest servlet(WebRequest request) {
    return request instanceof NativeWebRequest nwr
        ? nwr.getNativeRequest(HttpServletRequest.class)
        : null;
  }

  private static void sendToErrorPage(HttpStatusCode status) {
    var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    HttpServletResponse response = attributes.getResponse();
    try {
      if (response != null && !response.isCommitted()) {
        response.sendError(status.value());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
