package no.vern.retention;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class RetentionNavigation {

  @Bean
  AdminNavigationEntry retentionNavigationEntry() {
    return AdminNavigationEntry.page("retention", "/admin/retention", 80).in(Group.RECORDS);
  }
}
