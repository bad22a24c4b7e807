package no.vern.dsr.request;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import no.vern.mail.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders {@code /rights} in the language asked for ({@code ?lang=}), else the browser's, else
 * Bokmål, without setting a cookie and never cached: the page after a post holds a reference.
 */
@Component
class PublicPages {

  private final ITemplateEngine templates;

  PublicPages(ITemplateEngine templates) {
    this.templates = templates;
  }

  static Language language(@Nullable String requested, @Nullable Locale browser) {
    return Language.of(requested)
        .or(() -> Language.of(browser == null ? null : browser.getLanguage()))
        .orElse(Language.NB);
  }

  ResponseEntity<String> page(int status, Language language, Map<String, ?> vars) {
    Map<String, Object> all = new HashMap<>(vars);
    all.put("language", language.tag());
    String html = templates.process("dsr/rights", new Context(language.locale(), all));
    return ResponseEntity.status(status)
        .header("Cache-Control", "no-store")
        // "same-origin", not "no-referrer": with no-referrer Chromium sends "Origin: null" on the
        // form posts, and SameOrigin could not tell our own page from another site.
        .header("Referrer-Policy", "same-origin")
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html);
  }
}
