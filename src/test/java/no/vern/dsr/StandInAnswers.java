package no.vern.dsr;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stand-ins for the access package and the self-service session, which the other half of issue 13
 * builds (dsr-b): used only while no real implementation is on the class path, so that this half's
 * tests can check that a fulfilled access request mails a download link and that a verified person
 * gets a session. Each remembers for whom it was called.
 */
@Configuration(proxyBeanMethods = false)
class StandInAnswers {

  static final Map<UUID, UUID> DOWNLOADS = new ConcurrentHashMap<>();
  static final Map<UUID, Boolean> SESSIONS = new ConcurrentHashMap<>();

  @Bean
  @ConditionalOnMissingBean(AccessAnswers.class)
  AccessAnswers standInAccessAnswers() {
    return (subject, kind, language, request) -> {
      DOWNLOADS.put(request, subject);
      return URI.create(
          "http://localhost/rights/download/stand-in-" + kind.name().toLowerCase() + "-" + request);
    };
  }

  @Bean
  @ConditionalOnMissingBean(SelfService.class)
  SelfService standInSelfService() {
    return (response, subject) -> SESSIONS.put(subject, true);
  }
}
