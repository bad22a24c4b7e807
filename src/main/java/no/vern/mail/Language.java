package no.vern.mail;

import java.util.Locale;
import java.util.Optional;

/** The language a mail is written in; sent as its {@code Content-Language}. */
public enum Language {
  NB("nb"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag: {@code nb} or {@code en}. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** Bokmål for any Norwegian tag (nb, no, nn), English for en; empty otherwise. */
  public static Optional<Language> of(String tag) {
    String language = tag == null ? "" : tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return switch (language) {
      case "nb", "no", "nn" -> Optional.of(NB);
      case "en" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }
}
