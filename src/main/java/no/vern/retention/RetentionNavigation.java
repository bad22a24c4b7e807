package no.vern.retention;

import no.vern.shared.web.AdminNavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Planned: the shell shows what this module will hold until it is built. */
@Configuration(proxyBeanMethods = false)
class RetentionNavigation {

  @Bean
  AdminNavigationEntry retentionNavigationEntry() {
    return AdminNavigationEntry.planned("retention", 80);
  }
}
