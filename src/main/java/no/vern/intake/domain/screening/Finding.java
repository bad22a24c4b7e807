package no.vern.intake.domain.screening;

import java.util.Objects;

/**
 * One thing found in a text: its category and the span {@code [start, end)} in the original text,
 * so that redaction replaces exactly it. {@code rule} names the lexicon entry or number check that
 * fired (e.g. {@code nb/health:sykemeld*}), for reviewers tuning the lexicons.
 */
public record Finding(Category category, int start, int end, String rule) {

  public Finding {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("A finding needs a non-empty span");
    }
  }

  /**
   * Category and span only. The rule is left out because an entry such as {@code hiv} says almost
   * as much as the matched text, and findings end up in logs.
   */
  @Override
  public String toString() {
    return "Finding[" + category + " " + start + "-" + end + "]";
  }
}
