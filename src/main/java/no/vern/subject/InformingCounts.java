package no.vern.subject;

/**
 * Records whose subject must still be told about them (Art. 14): {@code overdue} past their date,
 * {@code awaiting} all of them (the overdue included).
 */
public record InformingCounts(long overdue, long awaiting) {

  /** Due but not yet overdue. */
  public long due() {
    return awaiting - overdue;
  }
}
