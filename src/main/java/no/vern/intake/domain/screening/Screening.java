package no.vern.intake.domain.screening;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the screener found in one text, in order of position. */
public record Screening(List<Finding> findings) {

  public Screening {
    findings =
        findings.stream()
            .sorted(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end))
            .toList();
  }

  public boolean isClean() {
    return findings.isEmpty();
  }

  /** The distinct categories found, in the enum's order. */
  public Set<Category> categories() {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    findings.forEach(f -> categories.add(f.category()));
    return categories;
  }
}
