package no.vern.dsr;

import no.vern.shared.web.AdminNavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Planned: the shell shows what this module will hold until it is built. */
@Configuration(proxyBeanMethods = false)
class DsrNavigation {

  @Bean
  AdminNavigationEntry dsrNavigationEntry() {
    return AdminNavigationEntry.planned("dsr", 70);
  }
}
