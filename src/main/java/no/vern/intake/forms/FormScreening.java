package no.vern.intake.forms;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vern.intake.IntakeProblem;
import no.vern.intake.domain.screening.Category;
import no.vern.intake.domain.screening.Outcome;
import no.vern.intake.domain.screening.Screener;
import no.vern.intake.domain.screening.ScreeningAction;
import no.vern.intake.domain.screening.ScreeningPolicy;
import no.vern.inventory.Form;
import no.vern.inventory.FormField;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.ScreeningMarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Screens every text and textarea value of a submission under the form's action (docs/screening.md)
 * and says what to store: the text as written, flagged for review, or redacted, with the categories
 * found; or, for "refuse", nothing, answered with the request not to send such data. Only category
 * codes leave this class, never what matched.
 */
@Component
class FormScreening {

  private static final Logger log = LoggerFactory.getLogger(FormScreening.class);

  /** The data to store and what screening found in it. */
  record Screened(Map<String, Object> data, ScreeningMarks marks) {
    @Override
    public String toString() {
      return "Screened[" + marks + ", data=***]";
    }
  }

  private final Screener screener;
  private final ScreeningPolicy policy;
  private final FormMessages messages;

  FormScreening(Screener screener, ScreeningPolicy policy, FormMessages messages) {
    this.screener = screener;
    this.policy = policy;
    this.messages = messages;
  }

  Screened apply(Form form, Map<String, Object> data, String language) {
    ScreeningAction action = ScreeningAction.valueOf(form.effectiveScreening().name());
    Map<String, Object> stored = new LinkedHashMap<>(data);
    Set<Category> found = EnumSet.noneOf(Category.class);
    List<String> refused = new ArrayList<>();
    boolean review = false;
    for (FormField field : form.fields()) {
      if (!field.type().freeText() || !(data.get(field.name()) instanceof String text)) {
        continue;
      }
      if (action == ScreeningAction.ACCEPT) {
        // Stored as written; the policy would drop what it found, so ask the screener itself.
        found.addAll(screener.screen(text).categories());
        continue;
      }
      Outcome outcome = policy.apply(text, action);
      if (outcome instanceof Outcome.Flagged flagged) {
        found.addAll(flagged.categories());
        review = true;
      } else if (outcome instanceof Outcome.Redacted redacted) {
        stored.put(field.name(), redacted.text());
        found.addAll(redacted.categories());
      } else if (outcome instanceof Outcome.Refused no) {
        found.addAll(no.categories());
        refused.add(field.name());
      }
    }
    if (!refused.isEmpty()) {
      log.info("Form {} refused a submission: screening found {}", form.id(), found);
      throw refusal(refused, language);
    }
    List<String> codes = found.stream().map(Category::name).toList();
    return new Screened(stored, new ScreeningMarks(codes, review));
  }

  private ApiProblem refusal(List<String> fields, String language) {
    String field = messages.text("intake.form.field.sensitive", language);
    return new ApiProblem(
        IntakeProblem.SENSITIVE_DATA_REFUSED,
        messages.text(ScreeningPolicy.REFUSED_MESSAGE_KEY, language),
        fields.stream().map(f -> new FieldError("fields." + f, "sensitive-data", field)).toList());
  }
}
