package no.vern.newsletter;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the public newsletter pages in the language chosen for them, without the language cookie
 * the admin pages use: these pages set no cookie at all, and a mailbox provider's one-click POST
 * gets a plain 200 with a page.
 */
@Component
class PageRenderer {

  private final ITemplateEngine templates;

  PageRenderer(ITemplateEngine templates) {
    this.templates = templates;
  }

  ResponseEntity<String> page(int status, String template, String language, Map<String, ?> vars) {
    Map<String, Object> all = new HashMap<>(vars);
    all.put("language", language);
    String html = templates.process(template, new Context(Pages.locale(language), all));
    return ResponseEntity.status(status)
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html);
  }
}
