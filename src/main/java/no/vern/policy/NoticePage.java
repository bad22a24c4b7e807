package no.vern.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.vern.policy.domain.Notice;

/**
 * The variables of {@code templates/privacy/notice.html}, the same whether the page is rendered
 * once at publication (to be stored) or for the current version with the "changed" message.
 */
final class NoticePage {

  static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  private NoticePage() {}

  static Map<String, Object> model(
      Notice notice, PublishedNotice published, String selfPath, Changed changed) {
    String language = notice.language();
    Map<String, Object> model = new HashMap<>();
    model.put("notice", notice);
    model.put("version", published.version());
    model.put("publishedDate", date(published.publishedAt(), language));
    model.put("previousVersion", published.version() > 1 ? published.version() - 1 : null);
    model.put("switchHref", selfPath + "?lang=" + other(language));
    model.put("otherLanguage", other(language));
    model.put("changed", changed);
    return model;
  }

  static String other(String language) {
    return "nb".equals(language) ? "en" : "nb";
  }

  static Locale locale(String language) {
    return Locale.forLanguageTag(language);
  }

  /** "23. november 2026" or "23 November 2026", in Norwegian time. */
  static String date(Instant instant, String language) {
    String pattern = "nb".equals(language) ? "d. MMMM yyyy" : "d MMMM yyyy";
    return DateTimeFormatter.ofPattern(pattern, locale(language)).withZone(ZONE).format(instant);
  }

  /** The message shown for a while after a new version: when, and where to see what changed. */
  record Changed(String date, String diffHref) {}
}
