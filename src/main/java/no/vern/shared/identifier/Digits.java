package no.vern.shared.identifier;

/** Small helpers shared by the numeric identifiers. */
final class Digits {

  private Digits() {}

  /**
   * Removes every character in {@code separators} and all whitespace, including the no-break space
   * that word processors put into numbers copied from documents.
   */
  static String strip(String raw, String separators) {
    var out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && separators.indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** ASCII digits only: {@link Character#isDigit} would also accept Arabic-Indic and others. */
  static boolean only(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static int at(String digits, int index) {
    return digits.charAt(index) - '0';
  }

  /** The weighted sum of the first {@code weights.length} digits. */
  static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * at(digits, i);
    }
    return sum;
  }

  /**
   * The mod-11 check digit used by bank accounts and organisation numbers: {@code 11 - (S mod 11)},
   * a remainder of 0 giving 0; -1 when the remainder is 1, since such numbers are never issued.
   */
  static int mod11(int sum) {
    int remainder = sum % 11;
    if (remainder == 1) {
      return -1;
    }
    return remainder == 0 ? 0 : 11 - remainder;
  }
}
