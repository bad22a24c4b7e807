package no.vern.access;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This module's entries in the admin navigation: users, grants, the access review and API tokens.
 */
@Configuration(proxyBeanMethods = false)
class AccessNavigation {

  @Bean
  AdminNavigationEntry usersNavigationEntry() {
    return AdminNavigationEntry.page("users", "/admin/users", 130).in(Group.SETTINGS);
  }

  @Bean
  AdminNavigationEntry grantsNavigationEntry() {
    return AdminNavigationEntry.page("grants", "/admin/grants", 135).in(Group.SETTINGS);
  }

  @Bean
  AdminNavigationEntry accessReviewNavigationEntry() {
    return AdminNavigationEntry.page("access-review", "/admin/access-review", 137)
        .in(Group.SETTINGS);
  }

  @Bean
  AdminNavigationEntry tokensNavigationEntry() {
    return AdminNavigationEntry.page("tokens", "/admin/tokens", 140).in(Group.SETTINGS);
  }
}
