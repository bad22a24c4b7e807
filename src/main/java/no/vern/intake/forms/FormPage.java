package no.vern.intake.forms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.vern.inventory.Form;
import no.vern.shared.problem.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

  private static final Pattern FORM_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  private final ITemplateEngine templates;
  private final FormMessages messages;

  FormPage(ITemplateEngine templates, FormMessages messages) {
    this.templates = templates;
    this.messages = messages;
  }

  /** A browser navigating (it accepts HTML) rather than a script. */
  static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains("text/html");
  }

  ResponseEntity<String> thanks(
      Form form, FormAnswer answer, String language, @Nullable String back) {
    return render(
        HttpStatusCode.valueOf(202),
        true,
        form.title().in(language),
        answer.message(),
        answer.consent(),
        List.of(),
        language,
        back);
  }

  /**
   * The answer to an ordinary post from a site that may not send forms: in both languages, since
   * nothing tells which the person reads, with a link to the form on Vern's own page.
   */
  void refused(HttpServletResponse response, String formId) throws IOException {
    Map<String, Object> variables = new HashMap<>();
    for (String language : List.of(Languages.BOKMAL, Languages.ENGLISH)) {
      variables.put(
          language,
          Map.of(
              "title", messages.text("intake.form.refused.title", language),
              "text", messages.text("intake.form.refused.text", language),
              "link", messages.text("intake.form.openPage", language)));
    }
    variables.put("formId", FORM_ID.matcher(formId).matches() ? formId : "");
    String html =
        templates.process("forms/refused", new Context(Languages.locale("nb"), variables));
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The form on Vern's own page, drawn by the embed script like on any allowed site. */
  ResponseEntity<String> own(Form form, String language) {
    Context context =
        new Context(
            Languages.locale(language),
            Map.of(
                "language", language, "formId", form.id(), "formTitle", form.title().in(language)));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(templates.process("forms/page", context));
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
    return render(status, false, title, detail, null, lines, language, back);
  }

  private ResponseEntity<String> render(
      HttpStatusCode status,
      boolean accepted,
      @Nullable String title,
      String message,
      @Nullable String consent,
      List<Line> errors,
      String language,
      @Nullable String back) {
    Context context =
        new Context(
            Languages.locale(language),
            Map.of(
                "language", language,
                "accepted", accepted,
                "formTitle", title == null ? "" : title,
                "message", message,
                "consent", consent == null ? "" : consent,
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
