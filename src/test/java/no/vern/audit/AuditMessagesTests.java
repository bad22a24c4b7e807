package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AuditMessagesTests {

  @Test
  void everyLanguageHasTheSameKeys() throws Exception {
    Properties english = load("audit.properties");
    assertThat(load("audit_en.properties").stringPropertyNames())
        .isEqualTo(english.stringPropertyNames());
    assertThat(load("audit_nb.properties").stringPropertyNames())
        .isEqualTo(english.stringPropertyNames());
  }

  @Test
  void everyActionOutcomeAndActorTypeHasAName() throws Exception {
    Properties english = load("audit.properties");
    Arrays.stream(AuditAction.values())
        .forEach(a -> assertThat(english).containsKey("audit.action." + a.name()));
    Arrays.stream(AuditRecord.Outcome.values())
        .forEach(o -> assertThat(english).containsKey("audit.outcome." + o.name()));
    Arrays.stream(AuditRecord.ActorType.values())
        .forEach(t -> assertThat(english).containsKey("audit.actor." + t.name()));
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = AuditMessagesTests.class.getResourceAsStream("/i18n/" + name)) {
      properties.load(in);
    }
    return properties;
  }
}
