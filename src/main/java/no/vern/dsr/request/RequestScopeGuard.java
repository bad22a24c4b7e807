package no.vern.dsr.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps every route under one request ({@code /api/v1/requests/{id}/...}, {@code
 * /admin/requests/{id}/...}: the request, its steps, tasks, changes, erasure and answers) to the
 * caller's need-to-know scope, in one place, so a route added later cannot forget it. A request
 * outside the scope is answered exactly as an unknown one (404 {@code REQUEST_NOT_FOUND}). Runs
 * after the role check ({@code RolesBeforeBinding}), so a caller without the role still gets 403
 * and no scope refusal is recorded for them.
 */
final class RequestScopeGuard implements HandlerInterceptor {

  static final String[] PATHS = {
    "/api/v1/requests/*", "/api/v1/requests/*/**", "/admin/requests/*", "/admin/requests/*/**"
  };

  private final RequestRows rows;
  private final RequestScope scope;

  RequestScopeGuard(RequestRows rows, RequestScope scope) {
    this.rows = rows;
    this.scope = scope;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null
        || caller instanceof AnonymousAuthenticationToken
        || !caller.isAuthenticated()) {
      return true;
    }
    Optional<UUID> id =
        requestId(request.getRequestURI().substring(request.getContextPath().length()));
    if (id.isEmpty()) {
      return true;
    }
    rows.find(id.get())
        .filter(row -> !scope.visible(row, caller.getName()))
        .ifPresent(
            row -> {
              throw RequestJson.notFound(row.id());
            });
    return true;
  }

  /** The segment after {@code .../requests/}, when it is a request's id ("new" is a page). */
  static Optional<UUID> requestId(String path) {
    String rest = path.replaceFirst("^/(api/v1|admin)/requests/", "");
    if (rest.equals(path)) {
      return Optional.empty();
    }
    int slash = rest.indexOf('/');
    String segment = slash < 0 ? rest : rest.substring(0, slash);
    try {
      return segment.length() == 36 ? Optional.of(UUID.fromString(segment)) : Optional.empty();
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
