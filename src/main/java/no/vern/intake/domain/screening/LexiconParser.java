package no.vern.intake.domain.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one lexicon line. {@code #} starts a comment, {@code !} marks an exception; words are
 * normalised and split exactly as the screened text is, so "LO-medlem" is the phrase "lo medlem".
 */
final class LexiconParser {

  private LexiconParser() {}

  static Optional<LexiconEntry> parse(Category category, String source, String line) {
    int hash = line.indexOf('#');
    String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
    if (content.isEmpty()) {
      return Optional.empty();
    }
    boolean exception = content.startsWith("!");
    String phrase = exception ? content.substring(1).strip() : content;
    List<WordPattern> words = new ArrayList<>();
    for (String piece : phrase.split("\\s+")) {
      addPiece(words, piece);
    }
    if (words.isEmpty() || words.stream().allMatch(w -> w.anyWord())) {
      throw new IllegalArgumentException("Lexicon " + source + " has an empty entry: " + line);
    }
    return Optional.of(new LexiconEntry(category, words, exception, source + ":" + phrase));
  }

  private static void addPiece(List<WordPattern> words, String piece) {
    if (piece.equals("_") || piece.equals("_?")) {
      words.add(new WordPattern("", false, false, true, piece.equals("_?")));
      return;
    }
    boolean infix = piece.startsWith("*");
    boolean prefix = piece.endsWith("*");
    String core = piece.replace("*", "");
    String normal = Normalizer.normalize(core, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<Token> parts = Token.split(normal.replace('\u2019', '\''));
    for (int i = 0; i < parts.size(); i++) {
      boolean last = i == parts.size() - 1;
      boolean first = i == 0;
      // "*kreft*" is an infix only as a whole; a trailing star alone makes a prefix.
      boolean asInfix = infix && first && last;
      words.add(
          new WordPattern(parts.get(i).text(), last && prefix && !asInfix, asInfix, false, false));
    }
  }
}
