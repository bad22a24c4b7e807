package no.vern.inventory;

/**
 * A text the privacy notice shows in Norwegian Bokmål ({@code nb}) and English ({@code en}). Both
 * are required; the validator names the missing one instead of falling back silently, because a
 * notice in the wrong language does not inform anyone (Art. 12(1)).
 */
public record Text(String nb, String en) {

  /** The text in the given language ({@code "nb"} or {@code "en"}), or null when absent. */
  public String in(String language) {
    return "nb".equals(language) ? nb : "en".equals(language) ? en : null;
  }
}
