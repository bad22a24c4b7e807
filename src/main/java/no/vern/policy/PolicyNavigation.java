package no.vern.policy;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class PolicyNavigation {

  @Bean
  AdminNavigationEntry policyNavigationEntry() {
    return AdminNavigationEntry.page("policy", "/admin/policy", 20).in(Group.REGISTERS);
  }
}
