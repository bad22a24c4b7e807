package no.vern.dsr.access;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.vern.mail.Language;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the public pages of the answers in the person's language (asked for, else the browser's,
 * else Bokmål), never cached and never sending the address on (the path holds a secret token).
 */
@Component
public class AnswerPages {

  private final ITemplateEngine templates;

  AnswerPages(ITemplateEngine templates) {
    this.templates = templates;
  }

  public static String language(String requested, Locale browser) {
    return Language.of(requested)
        .or(() -> Language.of(browser == null ? null : browser.getLanguage()))
        .orElse(Language.NB)
        .tag();
  }

  public ResponseEntity<String> page(
      int status, String template, String language, Map<String, ?> vars) {
    Map<String, Object> all = new HashMap<>(vars);
    all.put("language", language);
    String html = templates.process(template, new Context(Locale.forLanguageTag(language), all));
    return ResponseEntity.status(status)
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html);
  }
}
