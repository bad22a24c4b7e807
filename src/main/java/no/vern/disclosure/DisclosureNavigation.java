package no.vern.disclosure;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register's page in the admin shell. */
@Configuration(proxyBeanMethods = false)
class DisclosureNavigation {

  @Bean
  AdminNavigationEntry disclosureNavigationEntry() {
    return AdminNavigationEntry.page("disclosure", "/admin/disclosures", 90).in(Group.REGISTERS);
  }
}
