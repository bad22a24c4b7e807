package no.vern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text exists in Bokmål and English: the bundles of each family hold the same keys. */
class MessageBundleTests {

  /** One family per module bundle; a new module adds its own here. */
  static List<String> families() {
    return List.of(
        "messages",
        "i18n/audit",
        "i18n/access",
        "i18n/inventory",
        "i18n/policy",
        "i18n/subject",
        "i18n/intake",
        "i18n/mail",
        "i18n/events",
        "i18n/consent",
        "i18n/newsletter",
        "i18n/preferences");
  }

  @ParameterizedTest
  @MethodSource("families")
  void bokmalAndEnglishHoldTheSameKeys(String family) throws Exception {
    Set<String> base = keys(family + ".properties");
    Set<String> bokmal = keys(family + "_nb.properties");
    Set<String> english = keys(family + "_en.properties");
    assertThat(bokmal).as("keys in %s_nb", family).isEqualTo(base);
    assertThat(english).as("keys in %s_en", family).isEqualTo(base);
  }

  @ParameterizedTest
  @MethodSource("families")
  void bokmalIsActuallyTranslated(String family) throws Exception {
    Properties bokmal = load(family + "_nb.properties");
    Properties english = load(family + "_en.properties");
    long same =
        bokmal.stringPropertyNames().stream()
            .filter(k -> bokmal.getProperty(k).equals(english.getProperty(k)))
            .filter(k -> bokmal.getProperty(k).length() > 12)
            .count();
    // Short labels ("OK", "API", "Vern") may coincide; whole sentences must not.
    assertThat(same).as("untranslated sentences in %s_nb", family).isZero();
  }

  private static Set<String> keys(String resource) throws Exception {
    return new TreeSet<>(load(resource).stringPropertyNames());
  }

  private static Properties load(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(in);
    }
    return p;
  }
}
