package no.vern.subject;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class SubjectNavigation {

  @Bean
  AdminNavigationEntry subjectNavigationEntry() {
    return AdminNavigationEntry.page("subject", "/admin/subjects", 30).in(Group.RECORDS);
  }
}
