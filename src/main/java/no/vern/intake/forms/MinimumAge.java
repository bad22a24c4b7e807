package no.vern.intake.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.vern.intake.IntakeProblem;
import no.vern.inventory.Form;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.time.Deadlines;
import org.springframework.stereotype.Component;

/**
 * A child cannot give the consent a form with {@code minimumAge} asks for: Art. 8 and
 * personopplysningsloven § 5 set 13 in Norway. The age is counted in whole years on today's date in
 * Norway, so a person is 13 from the morning of their thirteenth birthday.
 */
@Component
class MinimumAge {

  private final FormMessages messages;
  private final Clock clock;

  MinimumAge(FormMessages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  void check(Form form, ValidSubmission submission, String language) {
    Integer minimum = form.minimumAge();
    LocalDate born = submission.birthDate();
    if (minimum == null || born == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    if (Period.between(born, today).getYears() < minimum) {
      String message = messages.text("intake.form.age", language, minimum);
      throw new ApiProblem(
          IntakeProblem.BELOW_MINIMUM_AGE,
          message,
          List.of(new FieldError("fields." + Form.BIRTH_DATE_FIELD, "below-minimum-age", message)));
    }
  }
}
