package no.vern.dsr;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import no.vern.shared.web.PersonPageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case handler's queue in the admin shell. */
@Configuration(proxyBeanMethods = false)
class DsrNavigation {

  @Bean
  AdminNavigationEntry dsrNavigationEntry() {
    return AdminNavigationEntry.page("dsr", "/admin/requests", 70).in(Group.REQUESTS);
  }

  /** The person's requests, closed ones too; the roles of {@code RequestsAdminController}. */
  @Bean
  PersonPageLink requestsPersonPageLink() {
    return new PersonPageLink(
        "requests",
        "/admin/requests",
        "dsr.admin.subjectLink",
        java.util.Set.of("ADMIN", "DPO", "CASE_HANDLER"),
        30);
  }

  // The sweep's tasks belong to no request: without their own page nobody would see them.
  @Bean
  AdminNavigationEntry systemTasksNavigationEntry() {
    return AdminNavigationEntry.page("system-tasks", "/admin/system-tasks", 72).in(Group.REQUESTS);
  }
}
