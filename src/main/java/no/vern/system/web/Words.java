package no.vern.system.web;

import java.time.format.DateTimeParseException;
import java.util.Locale;
import no.vern.shared.retention.RetentionWording;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Codes as words in the admin's language (issue 16), for templates as {@code ${@words...}}: a legal
 * basis {@code A6-1-b} reads "Avtale (art. 6 nr. 1 b)" / "Contract (Art. 6(1)(b))", an ISO-8601
 * duration {@code P6M} reads "6 måneder" / "6 months", a screening category {@code HEALTH} reads
 * "Helseopplysninger" / "Health data". The words are in {@code i18n/words*.properties}; durations
 * are counted by {@link RetentionWording}, as the notice counts them. A code Vern has no words for
 * is shown as it is, so a page never breaks on a new code.
 */
@Component("words")
public class Words {

  private final MessageSource messages;

  Words(MessageSource messages) {
    this.messages = messages;
  }

  /** A legal basis by its DPV code, in the language of the current request. */
  public String legalBasis(@Nullable String code) {
    return legalBasis(code, LocaleContextHolder.getLocale());
  }

  public String legalBasis(@Nullable String code, Locale locale) {
    return word("words.basis.", code, locale);
  }

  /** A screening category by its name ({@code HEALTH}), in the language of the request. */
  public String screening(@Nullable String category) {
    return screening(category, LocaleContextHolder.getLocale());
  }

  public String screening(@Nullable String category, Locale locale) {
    return word("words.screening.", category, locale);
  }

  /** An ISO-8601 period or duration ({@code P3Y}, {@code P6M}, {@code PT30M}) in words. */
  public String duration(@Nullable String iso) {
    return duration(iso, LocaleContextHolder.getLocale());
  }

  public String duration(@Nullable String iso, Locale locale) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    try {
      String words = RetentionWording.in(locale.getLanguage()).period(iso);
      return words.isEmpty() ? iso : words;
    } catch (DateTimeParseException | ArithmeticException notIso) {
      return iso;
    }
  }

  private String word(String prefix, @Nullable String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String words = messages.getMessage(prefix + code, null, code, locale);
    return words == null ? code : words;
  }
}
