package no.vern.cookie;

import no.vern.shared.web.AdminNavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Planned: the shell shows what this module will hold until it is built. */
@Configuration(proxyBeanMethods = false)
class CookieNavigation {

  @Bean
  AdminNavigationEntry cookieNavigationEntry() {
    return AdminNavigationEntry.planned("cookie", 60);
  }
}
