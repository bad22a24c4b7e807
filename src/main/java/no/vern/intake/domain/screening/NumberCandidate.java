package no.vern.intake.domain.screening;

import java.util.List;

/**
 * A run of digits as written, e.g. "4111 1111 1111 1111": its digits, the sizes of the groups the
 * writer made, and its span in the normalised text. The grouping tells a bank account (4.2.5) from
 * a date range or an amount that merely has the right number of digits.
 */
record NumberCandidate(String digits, List<Integer> groups, int start, int end) {

  boolean ungrouped() {
    return groups.size() == 1;
  }

  boolean groupedAs(Integer... sizes) {
    return groups.equals(List.of(sizes));
  }

  /** 4-4-4-4 and the like: every group four digits, the last one to four. */
  boolean groupedInFours() {
    for (int i = 0; i < groups.size() - 1; i++) {
      if (groups.get(i) != 4) {
        return false;
      }
    }
    return groups.size() > 1 && groups.get(groups.size() - 1) <= 4;
  }
}
