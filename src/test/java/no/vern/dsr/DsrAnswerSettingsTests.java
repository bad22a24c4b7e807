package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.vern.dsr.oidc.OidcSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The dotted blocks of application.yaml bind, and leave the rest of {@code vern.*} intact. */
class DsrAnswerSettingsTests {

  private static Binder binder() throws Exception {
    var environment = new StandardEnvironment();
    new YamlPropertySourceLoader()
        .load("application", new ClassPathResource("application.yaml"))
        .forEach(environment.getPropertySources()::addLast);
    return Binder.get(environment);
  }

  @Test
  void theAnswersAndTheSignInReadTheirDefaultsFromTheApplicationFile() throws Exception {
    Binder binder = binder();

    DsrAnswerSettings answers = binder.bind("vern.dsr.answers", DsrAnswerSettings.class).get();
    OidcSettings oidc = binder.bind("vern.oidc", OidcSettings.class).get();

    assertThat(answers.linkTtl()).isEqualTo(Duration.ofHours(72));
    assertThat(answers.sessionTtl()).isEqualTo(Duration.ofMinutes(15));
    assertThat(oidc.claim()).isEqualTo("pid");
    assertThat(oidc.enabled()).isFalse();
    assertThat(binder.bind("vern.base-url", String.class).get()).isEqualTo("http://localhost:8080");
  }
}
