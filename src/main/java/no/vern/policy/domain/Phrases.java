package no.vern.policy.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed sentences of the notice, read from the module's message bundle ({@code
 * i18n/policy*.properties}) so that the notice and the pages around it speak with one voice and the
 * bundle test keeps both languages complete.
 */
final class Phrases {

  private final ResourceBundle bundle;
  private final Locale locale;

  private Phrases(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "i18n/policy",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static Phrases of(String language) {
    return new Phrases("nb".equals(language) ? Locale.forLanguageTag("nb") : Locale.ENGLISH);
  }

  Locale locale() {
    return locale;
  }

  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** The country's name in the notice's language, such as "Sverige" or "Sweden". */
  String country(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
  }
}
