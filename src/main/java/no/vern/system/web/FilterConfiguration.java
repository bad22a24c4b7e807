package no.vern.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Filters that run before security, so even rejected requests are correlated and bounded. */
@Configuration(proxyBeanMethods = false)
class FilterConfiguration {

  @Bean
  FilterRegistrationBean<CorrelationFilter> correlationFilter() {
    var registration = new FilterRegistrationBean<>(new CorrelationFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
      @Value("${vern.http.max-body-size:1MB}") DataSize max) {
    var registration = new FilterRegistrationBean<>(new BodySizeLimit(max));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
