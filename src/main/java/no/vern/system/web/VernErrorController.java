package no.vern.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import no.vern.shared.problem.ProblemType;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartException;

/**
 * Where the servlet container sends every error that did not get an answer on the way: a filter's
 * failure, Tomcat's own rejections, a page's {@code sendError}. Same rule as {@link ErrorAnswers}:
 * problem+json for machines, a plain bilingual page for people, never a stack trace. Asked for
 * directly, {@code /error} is an address like any other that does not exist: 404.
 */
@Controller
class VernErrorController implements ErrorController {

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    HttpStatus status = statusOf(request);
    EveryAnswerHeaders.addMissing(response, request.isSecure());
    if (isApiPath(request)) {
      response.setStatus(status.value());
      model.addAttribute("status", status.value());
      return "forward:/error/problem";
    }
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("messageKey", messageKey(status.value()));
    model.addAttribute("shell", isSignedInAdminPage(request));
    return "error";
  }

  /**
   * An error on an admin page of someone signed in: shown inside the shell. The error dispatch runs
   * through the public chain, which keeps no session, so the sign-in is read from the session that
   * the admin chain keeps; only the navigation is shown from it, nothing about the user.
   */
  private static boolean isSignedInAdminPage(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri == null || !uri.toString().startsWith("/admin/")) {
      return false;
    }
    HttpSession session = request.getSession(false);
    Object context =
        session == null
            ? null
            : session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    return context instanceof SecurityContext security
        && security.getAuthentication() != null
        && security.getAuthentication().isAuthenticated();
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
    HttpStatus status = statusOf(request);
    EveryAnswerHeaders.addMissing(response, request.isSecure());
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
  ResponseEntity<ProblemDetail> forwardedProblem(
      HttpServletRequest request, HttpServletResponse response) {
    return problem(request, response);
  }

  static String messageKey(int status) {
    return switch (status) {
      case 404 -> "error.notFound";
      case 401, 403 -> "error.forbidden";
      case 400, 405, 411, 413, 414, 415, 431 -> "error.badRequest";
      default -> "error.generic";
    };
  }

  private static boolean isApiPath(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null
        && (uri.toString().startsWith("/api/") || uri.toString().startsWith("/actuator"));
  }

  /**
   * The status of the failure being answered. Input that a filter could not read ends here as an
   * exception (parameters or parts Tomcat refused, a request the firewall rejected): that is the
   * caller's mistake, 400 (or 413), not Vern's 500.
   */
  private static HttpStatus statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code == null) {
      return HttpStatus.NOT_FOUND;
    }
    for (Object e = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        e instanceof Throwable t;
        e = t.getCause()) {
      if (t instanceof InvalidParameterException invalid) {
        HttpStatus given = HttpStatus.resolve(invalid.getErrorCode());
        return given == null ? HttpStatus.BAD_REQUEST : given;
      }
      if (t instanceof RequestRejectedException || t instanceof MultipartException) {
        return HttpStatus.BAD_REQUEST;
      }
    }
    HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
