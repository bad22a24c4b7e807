package no.vern.intake.config;

import no.vern.intake.domain.screening.Screener;
import no.vern.intake.domain.screening.ScreeningPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeSettings.class)
class IntakeConfiguration {

  /** The bundled lexicons, read once: the screener is thread-safe and shared. */
  @Bean
  Screener screener() {
    return Screener.withBundledLexicons();
  }

  @Bean
  ScreeningPolicy screeningPolicy(Screener screener) {
    return new ScreeningPolicy(screener);
  }
}
