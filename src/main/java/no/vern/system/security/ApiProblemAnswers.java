package no.vern.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vern.shared.problem.CommonProblem;
import no.vern.system.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's 401 and 403, as problem+json like every other API error. */
final class ApiProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String CHALLENGE = "Bearer";

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    unauthenticated(
        response, null, "This endpoint needs an API token: send 'Authorization: Bearer vern_...'.");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    ProblemWriter.write(
        response,
        CommonProblem.FORBIDDEN,
        "The API token does not have a role that this endpoint needs.");
  }

  /** A 401 with the RFC 6750 challenge; {@code error} is set when a token was sent but refused. */
  static void unauthenticated(HttpServletResponse response, String error, String detail)
      throws IOException {
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE,
        error == null ? CHALLENGE : CHALLENGE + " error=\"" + error + "\"");
    ProblemWriter.write(response, CommonProblem.UNAUTHENTICATED, detail);
  }
}
