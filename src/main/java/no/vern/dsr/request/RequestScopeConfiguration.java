package no.vern.dsr.request;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link RequestScopeGuard} on the routes under one request, after the role check. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestScopeConfiguration implements WebMvcConfigurer {

  private final RequestRows rows;
  private final RequestScope scope;

  RequestScopeConfiguration(RequestRows rows, RequestScope scope) {
    this.rows = rows;
    this.scope = scope;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new RequestScopeGuard(rows, scope))
        .addPathPatterns(RequestScopeGuard.PATHS)
        .order(Ordered.LOWEST_PRECEDENCE);
  }
}
