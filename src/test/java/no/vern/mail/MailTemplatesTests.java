package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The example template, rendered as a module would render its own. */
class MailTemplatesTests {

  private final MailTemplates templates = new ThymeleafMailTemplates(messages());
  private final Map<String, Object> variables =
      Map.of(
          "name", "Kari <b>Nordmann</b>",
          "organisation", "Eksempel AS",
          "link", "https://vern.example.invalid/u/synthetic");

  @Test
  void bokmalAndEnglishComeFromTheBundleWithTheSubjectFormatted() {
    RenderedMail nb = templates.render("mail.example", Language.NB, variables, "Eksempel AS");
    RenderedMail en = templates.render("mail.example", Language.EN, variables, "Eksempel AS");

    assertThat(nb.subject()).isEqualTo("En melding fra Eksempel AS");
    assertThat(en.subject()).isEqualTo("A message from Eksempel AS");
    assertThat(nb.text())
        .startsWith("Hei Kari <b>Nordmann</b>,")
        .contains("kopier den for å skrive en egen")
        .contains("https://vern.example.invalid/u/synthetic")
        .contains("Vennlig hilsen Eksempel AS");
    assertThat(en.text()).startsWith("Hello Kari").contains("Kind regards, Eksempel AS");
  }

  @Test
  void theHtmlPartEscapesWhatTheCallerPassed() {
    RenderedMail nb = templates.render("mail.example", Language.NB, variables, "Eksempel AS");
    assertThat(nb.html())
        .contains("lang=\"nb\"")
        .contains("Hei Kari &lt;b&gt;Nordmann&lt;/b&gt;,")
        .contains("href=\"https://vern.example.invalid/u/synthetic\"")
        .doesNotContain("<b>");
  }

  @Test
  void templateNamesCannotLeaveTheMailFolder() {
    assertThatThrownBy(() -> templates.render("../admin/layout", Language.EN, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ResourceBundleMessageSource messages() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "i18n/mail");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
