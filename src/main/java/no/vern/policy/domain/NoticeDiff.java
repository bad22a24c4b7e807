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

  public static boolean changed(List<Line> lines) {
    return lines.stream().anyMatch(line -> line.change() != Change.UNCHANGED);
  }

  public enum Change {
    ADDED,
    REMOVED,
    UNCHANGED
  }

  public record Line(Change change, String text) {
    public boolean added() {
      return change == Change.ADDED;
    }

    public boolean removed() {
      return change == Change.REMOVED;
    }
  }
}
