package no.vern.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
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
 *
 * <p>A handler without {@code @PreAuthorize} (the public pages and the banner's endpoints) is
 * remembered and passed at once afterwards: Spring Security's registry does not keep the absence of
 * an annotation, so it scanned the method's annotations again on every request, about a tenth of
 * the CPU time of a cookie-banner post (bench/COOKIE.md). An annotation cannot appear on a loaded
 * method, so remembering its absence changes no answer.
 */
final class RolesBeforeBinding implements HandlerInterceptor {

  private final AuthorizationManager<MethodInvocation> roles;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();
  private final Set<Unguarded> unguarded = ConcurrentHashMap.newKeySet();

  /** A handler method and the controller class it is called on (an annotation may be on either). */
  private record Unguarded(Class<?> controller, Method method) {}

  /**
   * @param roles Spring Security's {@code @PreAuthorize} manager, as method security uses it
   */
  RolesBeforeBinding(AuthorizationManager<MethodInvocation> roles) {
    this.roles = roles;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    var key = new Unguarded(method.getBeanType(), method.getMethod());
    if (unguarded.contains(key)) {
      return true;
    }
    var invocation =
        new SimpleMethodInvocation(
            method.getBean(), method.getMethod(), new Object[method.getMethodParameters().length]);
    AuthorizationResult result =
        roles.authorize(() -> contexts.getContext().getAuthentication(), invocation);
    if (result == null) {
      // No expression on the method or its class: nothing to decide, now or later.
      unguarded.add(key);
      return true;
    }
    if (!result.isGranted()) {
      throw new AuthorizationDeniedException("Access Denied", result);
    }
    return true;
  }
}
