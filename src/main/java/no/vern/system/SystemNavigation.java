package no.vern.system;

import no.vern.shared.web.AdminNavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class SystemNavigation {

  @Bean
  AdminNavigationEntry homeNavigationEntry() {
    return AdminNavigationEntry.page("home", "/admin", 0);
  }
}
