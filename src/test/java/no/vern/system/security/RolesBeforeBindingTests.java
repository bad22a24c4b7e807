package no.vern.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;

class RolesBeforeBindingTests {

  /** A controller with one open method and one for administrators. */
  static class Controller {
    public String open() {
      return "open";
    }

    @PreAuthorize("hasRole('ADMIN')")
    public String adminOnly() {
      return "admin";
    }
  }

  private final PreAuthorizeAuthorizationManager spring = new PreAuthorizeAuthorizationManager();
  private final AtomicInteger decisions = new AtomicInteger();
  private final AuthorizationManager<MethodInvocation> counted =
      (authentication, invocation) -> {
        decisions.incrementAndGet();
        return spring.authorize(authentication, invocation);
      };
  private final RolesBeforeBinding interceptor = new RolesBeforeBinding(counted);

  @BeforeEach
  void anonymousVisitor() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
  }

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void anOpenMethodPassesAndIsNotAskedAboutAgain() throws Exception {
    HandlerMethod open = new HandlerMethod(new Controller(), "open");

    for (int i = 0; i < 3; i++) {
      assertThat(handle(open)).isTrue();
    }

    assertThat(decisions).hasValue(1);
  }

  @Test
  void aGuardedMethodIsRefusedEveryTimeAndDecidedEveryTime() throws Exception {
    HandlerMethod adminOnly = new HandlerMethod(new Controller(), "adminOnly");

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> handle(adminOnly)).isInstanceOf(AuthorizationDeniedException.class);
    }

    assertThat(decisions).hasValue(3);
  }

  private boolean handle(HandlerMethod method) {
    return interceptor.preHandle(
        new MockHttpServletRequest("POST", "/x"), new MockHttpServletResponse(), method);
  }
}
