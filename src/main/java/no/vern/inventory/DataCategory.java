package no.vern.inventory;

/**
 * A kind of personal data. {@code special} marks an Art. 9 category, {@code criminalOffence} Art.
 * 10 data; both change which legal bases an activity using the category needs.
 */
public record DataCategory(String id, Text name, SpecialCategory special, Boolean criminalOffence) {

  /** Whether the category is about criminal convictions and offences (Art. 10). */
  public boolean aboutCriminalOffences() {
    return Boolean.TRUE.equals(criminalOffence);
  }
}
