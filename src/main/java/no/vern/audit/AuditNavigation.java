package no.vern.audit;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

  @Bean
  AdminNavigationEntry auditNavigationEntry() {
    return AdminNavigationEntry.page("audit", "/admin/audit", 120).in(Group.REGISTERS);
  }
}
