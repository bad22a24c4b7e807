package no.vern.subject;

import java.util.List;

/**
 * What screening found in a record's free text: the category codes (for example {@code HEALTH},
 * {@code NATIONAL_ID}), never the matching words or numbers, and whether a person must review the
 * record (the form's action was "flag").
 */
public record ScreeningMarks(List<String> categories, boolean awaitingReview) {

  public static final ScreeningMarks NONE = new ScreeningMarks(List.of(), false);

  public ScreeningMarks {
    categories = List.copyOf(categories);
  }
}
