package no.vern.system.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link RolesBeforeBinding} in front of every controller method. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RolesBeforeBindingConfiguration implements WebMvcConfigurer {

  private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

  RolesBeforeBindingConfiguration(
      ApplicationContext context, ObjectProvider<MethodSecurityExpressionHandler> handlers) {
    // The same expression handler as method security when one is declared, so roles and bean
    // references are read alike.
    MethodSecurityExpressionHandler handler =
        handlers.getIfAvailable(
            () -> {
              var standard = new DefaultMethodSecurityExpressionHandler();
              standard.setApplicationContext(context);
              return standard;
            });
    roles.setExpressionHandler(handler);
    roles.setApplicationContext(context);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new RolesBeforeBinding(roles));
  }
}
