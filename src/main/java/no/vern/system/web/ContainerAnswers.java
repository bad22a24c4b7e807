package no.vern.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import no.vern.shared.problem.FieldError;
import no.vern.shared.problem.ProblemType;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Vern's error answer written straight to the response, for failures found outside Spring MVC: a
 * parameter that cannot be read ({@link ParameterGuard}), a request the firewall rejects, Tomcat's
 * own errors ({@link VernErrorValve}). Same rule as {@link ErrorAnswers}: problem+json for
 * machines, a page in the person's language for people, and the headers of every answer. Rendered
 * without templates, because some of these requests never reached the application.
 */
public final class ContainerAnswers {

  private final MessageSource messages;
  private final LanguageResolver languages = new LanguageResolver();

  public ContainerAnswers(MessageSource messages) {
    this.messages = messages;
  }

  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemType type,
      int status,
      String detail,
      List<FieldError> errors)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    EveryAnswerHeaders.addMissing(response, request.isSecure());
    if (!isPageRequest(request)) {
      ProblemWriter.write(response, type, status, detail, errors);
      return;
    }
    Locale locale = languages.resolveLocale(request);
    String field = errors.isEmpty() ? null : errors.get(0).field();
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(page(locale, status, field));
    response.flushBuffer();
  }

  /** As {@link ErrorAnswers#isPageRequest}, for requests whose address may not have been read. */
  static boolean isPageRequest(HttpServletRequest request) {
    String uri = request.getRequestURI();
    if (uri == null || uri.isEmpty() || uri.startsWith("/api/") || uri.startsWith("/actuator")) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  private String page(Locale locale, int status, String field) {
    String title = text("error.title", locale);
    StringBuilder html = new StringBuilder(600);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(locale.getLanguage())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(title)
        .append(" · Vern</title>\n<link rel=\"stylesheet\" href=\"/css/vern.css\">\n")
        .append("</head>\n<body>\n<main class=\"login\">\n<h1>")
        .append(title)
        .append("</h1>\n<p>")
        .append(text(VernErrorController.messageKey(status), locale))
        .append("</p>\n");
    if (field != null && !field.isEmpty()) {
      html.append("<p>")
          .append(
              HtmlUtils.htmlEscape(
                  messages.getMessage("error.parameter", new Object[] {field}, locale), "UTF-8"))
          .append("</p>\n");
    }
    return html.append("<p class=\"lead\">")
        .append(status)
        .append("</p>\n</main>\n</body>\n</html>\n")
        .toString();
  }

  private String text(String key, Locale locale) {
    return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale), "UTF-8");
  }
}
