package no.vern.disclosure;

import java.util.Set;
import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import no.vern.shared.web.PersonPageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register's page in the admin shell, and its link from a person's page. */
@Configuration(proxyBeanMethods = false)
class DisclosureNavigation {

  @Bean
  AdminNavigationEntry disclosureNavigationEntry() {
    return AdminNavigationEntry.page("disclosure", "/admin/disclosures", 90).in(Group.REGISTERS);
  }

  @Bean
  PersonPageLink disclosurePersonPageLink() {
    return new PersonPageLink(
        "disclosures", "/admin/disclosures", "disclosure.subjectLink", Set.of("ADMIN", "DPO"), 20);
  }
}
