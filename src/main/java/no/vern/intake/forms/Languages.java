package no.vern.intake.forms;

import java.util.Locale;

/**
 * The language of a public answer: the submission's own {@code lang} when it is one Vern speaks,
 * else the browser's language as Spring resolved it, else Bokmål. Nynorsk and "no" read Bokmål.
 */
final class Languages {

  static final String BOKMAL = "nb";
  static final String ENGLISH = "en";

  private Languages() {}

  static String choose(String requested, Locale resolved) {
    String chosen = supported(requested);
    if (chosen == null && resolved != null) {
      chosen = supported(resolved.getLanguage());
    }
    return chosen == null ? BOKMAL : chosen;
  }

  static Locale locale(String language) {
    return ENGLISH.equals(language) ? Locale.ENGLISH : Locale.forLanguageTag(BOKMAL);
  }

  private static String supported(String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]) {
      case "nb", "no", "nn" -> BOKMAL;
      case "en" -> ENGLISH;
      default -> null;
    };
  }
}
