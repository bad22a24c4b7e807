package no.vern.intake.domain.screening;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The text as the screener reads it: Unicode NFKC (full-width digits, ligatures, no-break spaces
 * become plain), lower-cased, typographic apostrophes made ASCII; every character remembers the
 * span of the original it came from, so findings can be reported in the original's positions.
 */
final class NormalisedText {

  private final String original;
  private final String text;
  private final int[] originStart;
  private final int[] originEnd;

  private NormalisedText(String original, String text, int[] originStart, int[] originEnd) {
    this.original = original;
    this.text = text;
    this.originStart = originStart;
    this.originEnd = originEnd;
  }

  static NormalisedText of(String original) {
    var out = new StringBuilder(original.length());
    int[] starts = new int[original.length() * 2 + 4];
    int[] ends = new int[starts.length];
    int i = 0;
    while (i < original.length()) {
      // A base character with its combining marks is normalised as one unit, so "a" + ring
      // becomes "å" and both map back to the same span.
      int clusterEnd = i + Character.charCount(original.codePointAt(i));
      while (clusterEnd < original.length() && isCombining(original.codePointAt(clusterEnd))) {
        clusterEnd += Character.charCount(original.codePointAt(clusterEnd));
      }
      String piece =
          Normalizer.normalize(original.substring(i, clusterEnd), Normalizer.Form.NFKC)
              .toLowerCase(Locale.ROOT)
              .replace('\u2019', '\'')
              .replace('\u2018', '\'');
      for (int k = 0; k < piece.length(); k++) {
        if (out.length() == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[out.length()] = i;
        ends[out.length()] = clusterEnd;
        out.append(piece.charAt(k));
      }
      i = clusterEnd;
    }
    return new NormalisedText(original, out.toString(), starts, ends);
  }

  private static boolean isCombining(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  String text() {
    return text;
  }

  String original() {
    return original;
  }

  /** The original position where the normalised character at {@code index} begins. */
  int originalStart(int index) {
    return originStart[index];
  }

  /** The original position just after the normalised characters ending before {@code end}. */
  int originalEnd(int end) {
    return originEnd[end - 1];
  }
}
