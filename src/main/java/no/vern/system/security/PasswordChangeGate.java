package no.vern.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vern.access.Credentials;
import no.vern.shared.web.RequestFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps a user who signed in with the generated one-time password on the password page until they
 * have chosen their own. Asks the database only for such users, and only until it says done, so the
 * answer is right on every instance.
 */
final class PasswordChangeGate extends RequestFilter {

  private final Credentials credentials;

  PasswordChangeGate(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean exempt =
        path.equals(AdminLoginHandlers.PASSWORD_PAGE)
            || path.equals(AdminLoginHandlers.LOGIN_PAGE)
            || path.equals("/admin/logout");
    if (!exempt
        && auth != null
        && auth.getPrincipal() instanceof AdminPrincipal p
        && p.mustChangePassword()
        && credentials.mustChangePassword(p.userId())) {
      response.sendRedirect(request.getContextPath() + AdminLoginHandlers.PASSWORD_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
