package no.vern.intake.domain.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text-level multi-label scores: a predicted category is a true positive when the text's label
 * holds it, a false positive when not; an expected category not predicted is a false negative.
 */
final class AccuracyReport {

  private final Map<Category, int[]> counts = new EnumMap<>(Category.class);
  private final List<String> mistakes = new ArrayList<>();
  private int negatives;
  private int falseAlarms;
  private int texts;

  AccuracyReport() {
    for (Category c : Category.values()) {
      counts.put(c, new int[3]); // TP, FP, FN
    }
  }

  void add(LabelledSet.Example example, Set<Category> predicted) {
    texts++;
    for (Category c : Category.values()) {
      boolean expected = example.expected().contains(c);
      boolean found = predicted.contains(c);
      if (expected && found) {
        counts.get(c)[0]++;
      } else if (found) {
        counts.get(c)[1]++;
      } else if (expected) {
        counts.get(c)[2]++;
      }
    }
    if (example.expected().isEmpty()) {
      negatives++;
      falseAlarms += predicted.isEmpty() ? 0 : 1;
    }
    if (!predicted.equals(example.expected())) {
      mistakes.add(
          String.format(
              Locale.ROOT,
              "  line %3d %s expected %s got %s: %s",
              example.line(),
              example.language(),
              example.expected(),
              predicted,
              example.text()));
    }
  }

  double precision() {
    int tp = sum(0);
    return ratio(tp, tp + sum(1));
  }

  double recall() {
    int tp = sum(0);
    return ratio(tp, tp + sum(2));
  }

  double falseAlarmRate() {
    return ratio(falseAlarms, negatives);
  }

  String table(String title) {
    var out = new StringBuilder(title).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "%-26s %4s %4s %4s %9s %7s%n",
            "category",
            "TP",
            "FP",
            "FN",
            "precision",
            "recall"));
    counts.forEach(
        (c, n) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%-26s %4d %4d %4d %9.3f %7.3f%n",
                    c,
                    n[0],
                    n[1],
                    n[2],
                    ratio(n[0], n[0] + n[1]),
                    ratio(n[0], n[0] + n[2]))));
    out.append(
        String.format(
            Locale.ROOT,
            "%-26s %4d %4d %4d %9.3f %7.3f%n",
            "OVERALL (micro)",
            sum(0),
            sum(1),
            sum(2),
            precision(),
            recall()));
    out.append(
        String.format(
            Locale.ROOT,
            "texts %d, negatives %d, false alarms %d (%.1f%%)%n",
            texts,
            negatives,
            falseAlarms,
            100 * falseAlarmRate()));
    return out.toString();
  }

  String mistakes() {
    return String.join("\n", mistakes);
  }

  private int sum(int column) {
    return counts.values().stream().mapToInt(n -> n[column]).sum();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
