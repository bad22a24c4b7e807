package no.vern.breach;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register's page in the admin shell. */
@Configuration(proxyBeanMethods = false)
class BreachNavigation {

  @Bean
  AdminNavigationEntry breachNavigationEntry() {
    return AdminNavigationEntry.page("breach", "/admin/breaches", 100).in(Group.REGISTERS);
  }
}
