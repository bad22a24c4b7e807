package no.vern.subject;

/**
 * Where a record stands with the review screening asked for: nothing flagged it, it waits for a
 * person to look at it, or a person has.
 */
public enum ReviewState {
  NOT_FLAGGED,
  AWAITING_REVIEW,
  REVIEWED;

  static ReviewState ofColumn(String column) {
    return column == null ? NOT_FLAGGED : valueOf(column);
  }
}
