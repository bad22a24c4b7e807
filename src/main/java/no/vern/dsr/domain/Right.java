package no.vern.dsr.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The rights a person may ask for, with their article and DPV code ({@code eu-gdpr:A15}). */
public enum Right {
  ACCESS("A15"),
  RECTIFICATION("A16"),
  ERASURE("A17"),
  RESTRICTION("A18"),
  PORTABILITY("A20"),
  OBJECTION("A21"),
  AUTOMATED_DECISION("A22");

  private final String article;

  Right(String article) {
    this.article = article;
  }

  public String article() {
    return article;
  }

  /** The code in the API and on the pages: {@code access}, {@code automated-decision}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Right> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }
}
