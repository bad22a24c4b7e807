package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable difference between two versions of a notice in one language, line by line (a line is a
 * heading, a paragraph, a list item or a table row), by the longest common subsequence. A notice
 * has a few hundred lines, so the quadratic table is small.
 */
public final class NoticeDiff {

  private NoticeDiff() {}

  public static List<Line> between(List<String> older, List<String> newer) {
    int n = older.size();
    int m = newer.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            older.get(i).equals(newer.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && older.get(i).equals(newer.get(j))) {
        lines.add(new Line(Change.UNCHANGED, older.get(i++)));
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        lines.add(new Line(Change.REMOVED, older.get(i++)));
      } else {
        lines.add(new Line(Change.ADDED, newer.get(j++)));
      }
    }
    return lines;
  }

  /**
   * Keeps the changed lines and {@code context} unchanged lines around each, and folds every other
   * run of unchanged lines into one {@link Change#SKIPPED} line whose text is the number folded, so
   * a reader sees the changes without scrolling through the whole notice.
   */
  public static List<Line> condensed(List<Line> lines, int context) {
    boolean[] keep = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).change() != Change.UNCHANGED) {
        for (int k = Math.max(0, i - context); k <= Math.min(lines.size() - 1, i + context); k++) {
          keep[k] = true;
        }
      }
    }
    List<Line> result = new ArrayList<>();
    int skipped = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (keep[i]) {
        if (skipped > 0) {
          result.add(new Line(Change.SKIPPED, String.valueOf(skipped)));
          skipped = 0;
        }
        result.add(lines.get(i));
      } else {
        skipped++;
      }
    }
    if (skipped > 0) {
      result.add(new Line(Change.SKIPPED, String.valueOf(skipped)));
    }
    return result;
  }

  public static boolean changed(List<Line> lines) {
    return lines.stream().anyMatch(line -> line.added() || line.removed());
  }

  public enum Change {
    ADDED,
    REMOVED,
    UNCHANGED,
    /** Unchanged lines left out of a condensed diff; the text is how many. */
    SKIPPED
  }

  public record Line(Change change, String text) {
    public boolean added() {
      return change == Change.ADDED;
    }

    public boolean removed() {
      return change == Change.REMOVED;
    }

    public boolean skipped() {
      return change == Change.SKIPPED;
    }
  }
}
