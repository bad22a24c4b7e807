package no.vern.system.web;

import no.vern.shared.VernSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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
  FilterRegistrationBean<BodySizeLimit> bodySizeLimit(VernSettings vern) {
    var registration = new FilterRegistrationBean<>(new BodySizeLimit(vern.http().maxBodySize()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
