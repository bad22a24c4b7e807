package no.vern.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import no.vern.shared.problem.CommonProblem;
import no.vern.system.web.ContainerAnswers;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers a request that Spring Security's firewall rejects: a method Vern does not serve (405), an
 * address that is not normalised or holds encoded separators, a header or parameter name with
 * control characters (400). The rejection's message quotes what was rejected (a header's value, for
 * one), so it is neither logged nor answered; Spring's own handler would log it.
 */
final class FirewallAnswers implements RequestRejectedHandler {

  static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

  private final ContainerAnswers answers;

  FirewallAnswers(ContainerAnswers answers) {
    this.answers = answers;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
      throws IOException {
    if (!METHODS.contains(request.getMethod())) {
      response.setHeader("Allow", ALLOW);
      answers.write(
          request,
          response,
          CommonProblem.METHOD_NOT_ALLOWED,
          405,
          "Vern does not answer this method.",
          List.of());
      return;
    }
    answers.write(
        request,
        response,
        CommonProblem.VALIDATION_FAILED,
        400,
        "The request was refused: its address is not in plain form (encoded separators, '..',"
            + " '//', ';'), or a header holds characters Vern does not accept.",
        List.of());
  }
}
