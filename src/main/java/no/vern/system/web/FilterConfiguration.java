package no.vern.system.web;

import jakarta.servlet.DispatcherType;
import no.vern.shared.VernSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Filters that run before security, so even rejected requests are correlated and bounded. */
@Configuration(proxyBeanMethods = false)
class FilterConfiguration {

  @Bean
  FilterRegistrationBean<CorrelationFilter> correlationFilter() {
    var registration = new FilterRegistrationBean<>(new CorrelationFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Around everything that may write an answer, so none goes out without the headers. */
  @Bean
  FilterRegistrationBean<HeadersOnEveryAnswer> headersOnEveryAnswer() {
    var registration = new FilterRegistrationBean<>(new HeadersOnEveryAnswer());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }

  /** Inside the headers filter, so its Cache-Control is the one that filter then respects. */
  @Bean
  FilterRegistrationBean<StaticAssetCaching> staticAssetCaching() {
    var registration = new FilterRegistrationBean<>(new StaticAssetCaching());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BodySizeLimit> bodySizeLimit(VernSettings vern) {
    var registration = new FilterRegistrationBean<>(new BodySizeLimit(vern.http().maxBodySize()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /** After the body limit (it reads the body through it) and the request encoding. */
  @Bean
  FilterRegistrationBean<ParameterGuard> parameterGuard(ContainerAnswers answers) {
    var registration = new FilterRegistrationBean<>(new ParameterGuard(answers));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }

  /** Before security, whose entry points and saved requests redirect too. */
  @Bean
  FilterRegistrationBean<BaseUrlRedirects> baseUrlRedirects(VernSettings vern, Environment env) {
    // VERN_FORWARD_HEADERS, as Boot reads it for Tomcat's remote-IP valve.
    boolean forwarded =
        "native".equalsIgnoreCase(env.getProperty("server.forward-headers-strategy", "none"));
    var registration =
        new FilterRegistrationBean<>(new BaseUrlRedirects(vern.baseUrl(), forwarded));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /** Only the management endpoints: their empty error answers become problem+json. */
  @Bean
  FilterRegistrationBean<ActuatorProblems> actuatorProblems() {
    var registration = new FilterRegistrationBean<>(new ActuatorProblems());
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
    return registration;
  }
}
