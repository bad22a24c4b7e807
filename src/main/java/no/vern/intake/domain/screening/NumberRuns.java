package no.vern.intake.domain.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds digit runs in the normalised text, allowing one space, dot or dash between digits. A run is
 * offered whole and, when it has spaces, also as each space-separated chunk, so "betalt 2500
 * 01019012345" still yields the 11-digit chunk.
 */
final class NumberRuns {

  // Not glued to letters or other digits: "NO93..." is an IBAN, handled on its own.
  private static final Pattern RUN =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\d(?:[ .\\-\u2013]?\\d)*(?![\\p{L}\\p{N}])");
  private static final Pattern SEPARATOR = Pattern.compile("[ .\\-\u2013]");

  private NumberRuns() {}

  static List<NumberCandidate> in(String text) {
    List<NumberCandidate> candidates = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      candidates.add(candidate(m.group(), m.start()));
      if (m.group().indexOf(' ') >= 0) {
        int offset = m.start();
        for (String chunk : m.group().split(" ")) {
          candidates.add(candidate(chunk, offset));
          offset += chunk.length() + 1;
        }
      }
    }
    return candidates;
  }

  private static NumberCandidate candidate(String run, int start) {
    List<Integer> groups = Arrays.stream(SEPARATOR.split(run)).map(String::length).toList();
    return new NumberCandidate(
        SEPARATOR.matcher(run).replaceAll(""), groups, start, start + run.length());
  }
}
