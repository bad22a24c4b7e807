package no.vern.intake;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class IntakeNavigation {

  @Bean
  AdminNavigationEntry intakeNavigationEntry() {
    // Intake has no page of its own yet: its first is the people who must be told (Art. 14).
    return AdminNavigationEntry.page("intake", "/admin/intake/informing", 40).in(Group.RECORDS);
  }
}
