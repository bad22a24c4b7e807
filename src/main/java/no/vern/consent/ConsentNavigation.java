package no.vern.consent;

import java.util.Set;
import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import no.vern.shared.web.PersonPageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation, and its link from a person's page. */
@Configuration(proxyBeanMethods = false)
class ConsentNavigation {

  @Bean
  AdminNavigationEntry consentNavigationEntry() {
    return AdminNavigationEntry.page("consent", "/admin/consent", 50).in(Group.CONSENT);
  }

  /** The roles of {@code history.ConsentAdminController}. */
  @Bean
  PersonPageLink consentPersonPageLink() {
    return new PersonPageLink(
        "consent",
        "/admin/consent",
        "consent.admin.subjectLink",
        Set.of("ADMIN", "DPO", "AUDITOR"),
        10);
  }
}
