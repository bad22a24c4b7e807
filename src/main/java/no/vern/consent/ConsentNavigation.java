package no.vern.consent;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class ConsentNavigation {

  @Bean
  AdminNavigationEntry consentNavigationEntry() {
    return AdminNavigationEntry.page("consent", "/admin/consent", 50).in(Group.CONSENT);
  }
}
