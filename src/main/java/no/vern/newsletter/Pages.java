package no.vern.newsletter;

import java.util.Locale;
import no.vern.mail.Language;

/** The language of a public newsletter page: the one asked for, else the browser's, else Bokmål. */
final class Pages {

  private Pages() {}

  static String language(String requested, Locale browser) {
    return Language.of(requested)
        .or(() -> Language.of(browser == null ? null : browser.getLanguage()))
        .orElse(Language.NB)
        .tag();
  }

  static Locale locale(String language) {
    return Locale.forLanguageTag(language);
  }
}
