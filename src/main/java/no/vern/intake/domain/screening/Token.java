package no.vern.intake.domain.screening;

import java.util.ArrayList;
import java.util.List;

/** A word of the normalised text: a run of letters and digits, with its span in that text. */
record Token(String text, int start, int end) {

  /**
   * Splits on everything that is not a letter or digit, so "LO-medlem" gives "lo" and "medlem" and
   * "I'm" gives "i" and "m"; lexicon phrases are split the same way, so they still match.
   */
  static List<Token> split(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      tokens.add(new Token(text.substring(start, i), start, i));
    }
    return tokens;
  }
}
