package no.vern.intake.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vern.inventory.Form;
import no.vern.inventory.FormField;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.time.Deadlines;
import no.vern.subject.Identifier;
import org.springframework.stereotype.Component;

/**
 * Checks a submission against its form and collects every problem before anything is stored:
 * unknown fields, missing and too long values, identifiers by the shared rules, types, choices. The
 * messages are in the person's language and never repeat what was sent.
 */
@Component
class FormValidation {

  private final FormMessages messages;
  private final Clock clock;

  FormValidation(FormMessages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  ValidSubmission validate(Form form, FormSubmission submission, String language) {
    List<FieldProblem> problems = new ArrayList<>(submission.problems());
    for (String name : submission.fields().keySet()) {
      if (form.field(name).isEmpty()) {
        problems.add(FieldProblem.of("fields." + name, "unknown", "intake.form.field.unknown"));
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    List<Identifier> identifiers = new ArrayList<>();
    Map<String, Object> data = new LinkedHashMap<>();
    boolean identifierProblem = false;
    for (FormField field : form.fields()) {
      int before = problems.size();
      Object value =
          FieldValues.read(field, submission.fields().get(field.name()), today, problems);
      identifierProblem |= field.type().identifier() && problems.size() > before;
      if (value == null) {
        continue;
      }
      switch (field.type()) {
        case EMAIL -> identifiers.add(new Identifier(IdentifierType.EMAIL, (String) value));
        case PHONE -> identifiers.add(new Identifier(IdentifierType.PHONE, (String) value));
        default -> data.put(field.name(), value);
      }
    }
    if (identifiers.isEmpty() && !identifierProblem) {
      form.fields().stream()
          .filter(f -> f.type().identifier())
          .findFirst()
          .ifPresent(
              f ->
                  problems.add(
                      FieldProblem.of(
                          "fields." + f.name(), "identifier", "intake.form.field.identifier")));
    }
    if (!problems.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          messages.text("intake.form.invalid", language),
          messages.errors(problems, language));
    }
    LocalDate birthDate =
        form.field(Form.BIRTH_DATE_FIELD)
            .filter(f -> f.type() == FormField.Type.DATE && data.get(f.name()) != null)
            .map(f -> LocalDate.parse((String) data.get(f.name())))
            .orElse(null);
    return new ValidSubmission(identifiers, data, birthDate);
  }
}
