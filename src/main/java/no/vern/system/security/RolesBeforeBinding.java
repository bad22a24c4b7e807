package no.vern.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a handler's {@code @PreAuthorize} before Spring MVC reads and validates the request body.
 * Method security proper runs in a proxy around the controller method, that is after the arguments
 * have been bound, so a caller without the role used to get 400 for an invalid body and 403 only
 * for a valid one: an answer that depended on the body, and validation work done for someone who
 * may not call the endpoint at all (finding 6 of issue 10). An interceptor runs after the handler
 * is chosen and before its arguments are resolved, so every endpoint gets the order right in this
 * one place. The proxy still checks again; the expressions are plain role checks, so the answers
 * agree. An expression that named a method argument would see null here; none does, and one that
 * did would be refused rather than allowed.
 */
final class RolesBeforeBinding implements HandlerInterceptor {

  private final PreAuthorizeAuthorizationManager roles;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  RolesBeforeBinding(PreAuthorizeAuthorizationManager roles) {
    this.roles = roles;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    var invocation =
        new SimpleMethodInvocation(
            method.getBean(), method.getMethod(), new Object[method.getMethodParameters().length]);
    AuthorizationResult result =
        roles.authorize(() -> contexts.getContext().getAuthentication(), invocation);
    if (result != null && !result.isGranted()) {
      throw new AuthorizationDeniedException("Access Denied", result);
    }
    return true;
  }
}
