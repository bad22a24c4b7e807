package no.vern.intake.domain.screening;

import java.util.List;

/**
 * A line of a lexicon: a word or phrase that signals {@code category}, or (when {@code exception})
 * one that cancels matches of that category inside it, like "kreftforeningen" or "race condition".
 */
record LexiconEntry(Category category, List<WordPattern> words, boolean exception, String rule) {

  /**
   * The index after the last word matched when the phrase matches at {@code from}, or -1. Optional
   * words are tried both ways; phrases are short, so the backtracking stays cheap.
   */
  int matchAt(List<Token> tokens, int from) {
    return match(tokens, from, 0);
  }

  private int match(List<Token> tokens, int t, int w) {
    if (w == words.size()) {
      return t;
    }
    WordPattern pattern = words.get(w);
    if (pattern.optional()) {
      int skipped = match(tokens, t, w + 1);
      if (skipped >= 0) {
        return skipped;
      }
    }
    if (t < tokens.size() && pattern.matches(tokens.get(t).text())) {
      return match(tokens, t + 1, w + 1);
    }
    return -1;
  }
}
