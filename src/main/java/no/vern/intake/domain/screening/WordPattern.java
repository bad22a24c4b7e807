package no.vern.intake.domain.screening;

/**
 * One word of a lexicon entry: {@code kreft} matches the word exactly, {@code kreft*} any word
 * starting with it (Norwegian compounds: "kreftbehandling"), {@code *kreft*} any word containing it
 * ("brystkreft"), {@code _} any one word and {@code _?} at most one word ("was [very] ill").
 */
record WordPattern(String text, boolean prefix, boolean infix, boolean anyWord, boolean optional) {

  static WordPattern exact(String text) {
    return new WordPattern(text, false, false, false, false);
  }

  boolean matches(String word) {
    if (anyWord) {
      return true;
    }
    if (infix) {
      return word.contains(text);
    }
    return prefix ? word.startsWith(text) : word.equals(text);
  }
}
