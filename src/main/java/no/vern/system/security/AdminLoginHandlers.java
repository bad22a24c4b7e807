package no.vern.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vern.access.Credentials;
import no.vern.shared.PrincipalNames;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Where the login form leads: on, back with a reason, or first to the password change page. */
final class AdminLoginHandlers
    implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

  static final String LOGIN_PAGE = "/admin/login";
  static final String PASSWORD_PAGE = "/admin/password";

  private final Credentials credentials;
  private final SavedRequestAwareAuthenticationSuccessHandler onwards =
      new SavedRequestAwareAuthenticationSuccessHandler();

  AdminLoginHandlers(Credentials credentials) {
    this.credentials = credentials;
    onwards.setDefaultTargetUrl("/admin");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, jakarta.servlet.ServletException {
    if (authentication.getPrincipal() instanceof AdminPrincipal p && p.mustChangePassword()) {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      return;
    }
    onwards.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    // One answer for every refusal: which usernames exist, or are throttled, is nobody's business.
    response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error");
  }

  /** Runs before the session is dropped, while it is still known who is leaving. */
  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication != null) {
      PrincipalNames.userId(authentication.getName()).ifPresent(credentials::loggedOut);
    }
  }
}
