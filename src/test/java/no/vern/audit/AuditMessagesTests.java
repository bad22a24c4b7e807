package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import no.vern.system.web.MessageBundles;
import org.junit.jupiter.api.Test;

class AuditMessagesTests {

  @Test
  void everyLanguageHasTheSameKeys() throws Exception {
    Properties english = load("i18n/audit.properties");
    assertThat(load("i18n/audit_en.properties").stringPropertyNames())
        .isEqualTo(english.stringPropertyNames());
    assertThat(load("i18n/audit_nb.properties").stringPropertyNames())
        .isEqualTo(english.stringPropertyNames());
  }

  @Test
  void everyActionOfEveryModuleHasANameInSomeBundle() throws Exception {
    Properties all = new Properties();
    for (String family : MessageBundles.families()) {
      all.putAll(load(family + ".properties"));
    }
    assertThat(AuditActions.all())
        .allSatisfy(a -> assertThat(all).containsKey("audit.action." + a.name()));
    Properties audit = load("i18n/audit.properties");
    Arrays.stream(AuditRecord.Outcome.values())
        .forEach(o -> assertThat(audit).containsKey("audit.outcome." + o.name()));
    Arrays.stream(AuditRecord.ActorType.values())
        .forEach(t -> assertThat(audit).containsKey("audit.actor." + t.name()));
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = AuditMessagesTests.class.getResourceAsStream("/" + name)) {
      properties.load(in);
    }
    return properties;
  }
}
