package no.vern.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example debt-collection group, and the ways a newcomer typically breaks it. */
final class InventoryExamples {

  static final String DEBT_COLLECTION = load("examples/debt-collection-group.yaml");

  /** Where the four problems of {@link #brokenFourWays} are. */
  static final java.util.List<String> BROKEN_PATHS =
      java.util.List.of(
          "activities[8].subjectCategories[0]",
          "activities[0].retention",
          "activities[8].legalBases",
          "activities[8].name.en");

  private InventoryExamples() {}

  /** A misspelled reference, a missing retention rule, health data without Art. 9, no English. */
  static String brokenFourWays() {
    String text = DEBT_COLLECTION;
    text =
        replaceOnce(
            text,
            "      - financial-situation\n    subjectCategories: [debtors, guarantors]",
            "      - financial-situation\n      - health-information\n    subjectCategories: [debtor, guarantors]");
    text =
        replaceOnce(
            text, "    name: { nb: Inkasso, en: Debt collection }", "    name: { nb: Inkasso }");
    return replaceOnce(
        text,
        "    retention:\n      trigger: collected\n      period: P3M\n      action: delete\n"
            + "      description:\n        nb: Tekniske logger slettes etter tre måneder\n"
            + "        en: Technical logs are deleted after three months\n",
        "");
  }

  static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalStateException("Not exactly once in the example: " + from);
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  static String load(String resource) {
    try (InputStream in = InventoryExamples.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
