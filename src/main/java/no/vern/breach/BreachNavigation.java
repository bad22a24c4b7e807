package no.vern.breach;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Planned: the shell shows what this module will hold until it is built. */
@Configuration(proxyBeanMethods = false)
class BreachNavigation {

  @Bean
  AdminNavigationEntry breachNavigationEntry() {
    return AdminNavigationEntry.planned("breach", 100).in(Group.REGISTERS);
  }
}
