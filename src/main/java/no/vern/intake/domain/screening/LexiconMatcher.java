package no.vern.intake.domain.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a lexicon over the words of a text. A match is dropped when an exception of the same
 * category covers it: "kreft" stays a health word, but not inside "kreftforeningen".
 */
final class LexiconMatcher {

  private record Match(LexiconEntry entry, int from, int to) {}

  private final Lexicon lexicon;

  LexiconMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Finding> find(NormalisedText text, List<Token> tokens) {
    List<Match> hits = new ArrayList<>();
    List<Match> exceptions = new ArrayList<>();
    for (LexiconEntry entry : lexicon.entries()) {
      for (int i = 0; i < tokens.size(); i++) {
        int to = entry.matchAt(tokens, i);
        if (to > i) {
          (entry.exception() ? exceptions : hits).add(new Match(entry, i, to));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Match hit : hits) {
      if (exceptions.stream().noneMatch(e -> covers(e, hit))) {
        int start = tokens.get(hit.from()).start();
        int end = tokens.get(hit.to() - 1).end();
        findings.add(
            new Finding(
                hit.entry().category(),
                text.originalStart(start),
                text.originalEnd(end),
                hit.entry().rule()));
      }
    }
    return findings;
  }

  private static boolean covers(Match exception, Match hit) {
    return exception.entry().category() == hit.entry().category()
        && exception.from() <= hit.from()
        && exception.to() >= hit.to();
  }
}
