package no.vern.intake.forms;

import java.util.List;
import no.vern.shared.problem.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the public answers into the person's language, from the {@code intake} bundles. */
@Component
class FormMessages {

  private final MessageSource messages;

  FormMessages(MessageSource messages) {
    this.messages = messages;
  }

  String text(String key, String language, Object... args) {
    return messages.getMessage(key, args, Languages.locale(language));
  }

  List<FieldError> errors(List<FieldProblem> problems, String language) {
    return problems.stream()
        .map(
            p ->
                new FieldError(
                    p.field(), p.code(), text(p.messageKey(), language, p.args().toArray())))
        .toList();
  }
}
