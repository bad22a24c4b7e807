package no.vern.retention;

import java.util.Set;
import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import no.vern.shared.web.PersonPageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation, and its link from a person's page. */
@Configuration(proxyBeanMethods = false)
class RetentionNavigation {

  @Bean
  AdminNavigationEntry retentionNavigationEntry() {
    return AdminNavigationEntry.page("retention", "/admin/retention", 80).in(Group.RECORDS);
  }

  @Bean
  PersonPageLink retentionPersonPageLink() {
    return new PersonPageLink(
        "holds",
        "/admin/retention/holds",
        "retention.subjectLink",
        Set.of("ADMIN", "DPO", "AUDITOR"),
        40);
  }
}
