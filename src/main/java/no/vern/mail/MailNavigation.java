package no.vern.mail;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class MailNavigation {

  @Bean
  AdminNavigationEntry mailNavigationEntry() {
    return AdminNavigationEntry.page("mail", "/admin/mail", 110).in(Group.SETTINGS);
  }
}
