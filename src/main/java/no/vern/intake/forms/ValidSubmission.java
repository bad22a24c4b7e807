package no.vern.intake.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.vern.subject.Identifier;

/**
 * A submission that passed its form's rules: the identifiers the person is found by, the record's
 * data (every other field, in the form's order) and the birth date when the form asks for one.
 */
record ValidSubmission(
    List<Identifier> identifiers, Map<String, Object> data, LocalDate birthDate) {

  /** Holds personal data: never printed. */
  @Override
  public String toString() {
    return "ValidSubmission[***]";
  }
}
