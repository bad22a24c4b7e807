package no.vern.system;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entries in the admin navigation: the overview, scheduled tasks and reactions. */
@Configuration(proxyBeanMethods = false)
class SystemNavigation {

  @Bean
  AdminNavigationEntry homeNavigationEntry() {
    return AdminNavigationEntry.page("home", "/admin", 0).in(Group.HOME);
  }

  @Bean
  AdminNavigationEntry tasksNavigationEntry() {
    return AdminNavigationEntry.page("tasks", "/admin/tasks", 112).in(Group.SETTINGS);
  }

  @Bean
  AdminNavigationEntry eventsNavigationEntry() {
    return AdminNavigationEntry.page("events", "/admin/events", 114).in(Group.SETTINGS);
  }
}
