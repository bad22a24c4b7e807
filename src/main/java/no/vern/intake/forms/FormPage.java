package no.vern.intake.forms;

import java.util.List;
import java.util.Map;
import no.vern.inventory.Form;
import no.vern.shared.problem.FieldError;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The small page a browser shows after an ordinary form post, without JavaScript: the thank-you
 * (the same for everyone), or what to correct, each error under the field's label.
 */
@Component
class FormPage {

  /** A line of the error list: the field's label in the page's language, and what is wrong. */
  record Line(String label, String message) {}

  private final ITemplateEngine templates;

  FormPage(ITemplateEngine templates) {
    this.templates = templates;
  }

  ResponseEntity<String> thanks(Form form, String message, String language, String back) {
    return render(
        HttpStatusCode.valueOf(202),
        true,
        form.title().in(language),
        message,
        List.of(),
        language,
        back);
  }

  ResponseEntity<String> problem(
      HttpStatusCode status,
      Form form,
      String detail,
      List<FieldError> errors,
      String language,
      String back) {
    List<Line> lines =
        errors.stream().map(e -> new Line(label(form, e, language), e.message())).toList();
    String title = form == null ? null : form.title().in(language);
    return render(status, false, title, detail, lines, language, back);
  }

  private ResponseEntity<String> render(
      HttpStatusCode status,
      boolean accepted,
      String title,
      String message,
      List<Line> errors,
      String language,
      String back) {
    Context context =
        new Context(
            Languages.locale(language),
            Map.of(
                "language", language,
                "accepted", accepted,
                "formTitle", title == null ? "" : title,
                "message", message,
                "errors", errors,
                "back", back == null ? "" : back));
    String html = templates.process("forms/answer", context);
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(html);
  }

  private static String label(Form form, FieldError error, String language) {
    String field = error.field() == null ? "" : error.field();
    String name = field.startsWith("fields.") ? field.substring("fields.".length()) : field;
    if (form == null) {
      return name;
    }
    return form.field(name).map(f -> f.label().in(language)).orElse(name);
  }
}
