package no.vern.cookie;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cookie consent log's page in the admin shell, after the consent history. */
@Configuration(proxyBeanMethods = false)
class CookieNavigation {

  @Bean
  AdminNavigationEntry cookieNavigationEntry() {
    return AdminNavigationEntry.page("cookie", "/admin/cookies", 60).in(Group.CONSENT);
  }
}
