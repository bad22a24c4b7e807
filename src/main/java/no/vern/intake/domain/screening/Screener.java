package no.vern.intake.domain.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Screens free text for special categories of personal data, criminal offences and identifiers. A
 * lexicon screener: it recognises words and phrases, it does not understand the text (see
 * docs/screening.md for what it misses). Thread-safe and cheap to share.
 */
public final class Screener {

  private final LexiconMatcher words;
  private final NumberScanner numbers = new NumberScanner();

  public Screener(Lexicon lexicon) {
    this.words = new LexiconMatcher(lexicon);
  }

  /** A screener with Vern's Bokmål and English lexicons. */
  public static Screener withBundledLexicons() {
    return new Screener(Lexicon.bundled());
  }

  public Screening screen(String text) {
    if (text == null || text.isBlank()) {
      return new Screening(List.of());
    }
    NormalisedText normalised = NormalisedText.of(text);
    List<Finding> findings =
        new ArrayList<>(words.find(normalised, Token.split(normalised.text())));
    findings.addAll(numbers.find(normalised));
    // A number offered both whole and as a chunk can be found twice; keep one of each.
    return new Screening(List.copyOf(new LinkedHashSet<>(findings)));
  }
}
