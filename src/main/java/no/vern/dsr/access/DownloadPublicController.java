package no.vern.dsr.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import no.vern.shared.VernSettings;
import no.vern.shared.web.SameOrigin;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mailed link, {@code /rights/download/{token}}. Opening it shows a page with a button; only
 * the button's POST uses the link up, because mail scanners open links (a GET must not spend a
 * single-use link). A used, expired or unknown link gets the same 404 page.
 */
@Controller
class DownloadPublicController {

  private static final int MAX_TOKEN = 64;

  private final DownloadAnswers answers;
  private final AnswerPages pages;
  private final String baseUrl;

  DownloadPublicController(DownloadAnswers answers, AnswerPages pages, VernSettings vern) {
    this.answers = answers;
    this.pages = pages;
    this.baseUrl = vern.baseUrl();
  }

  @GetMapping("/rights/download/{token}")
  ResponseEntity<String> page(
      @PathVariable String token, @RequestParam(required = false) String lang, Locale browser) {
    String language = AnswerPages.language(lang, browser);
    if (token.length() > MAX_TOKEN) {
      return invalid(language);
    }
    return answers
        .usable(token)
        .map(
            kind ->
                pages.page(
                    200,
                    "dsr/download",
                    language,
                    Map.of("state", "READY", "kind", kind.name(), "token", token)))
        .orElseGet(() -> invalid(language));
  }

  @PostMapping("/rights/download/{token}")
  ResponseEntity<?> download(
      @PathVariable String token,
      @RequestParam(required = false) String lang,
      Locale browser,
      HttpServletRequest request) {
    String language = AnswerPages.language(lang, browser);
    if (token.length() > MAX_TOKEN) {
      return invalid(language);
    }
    if (!SameOrigin.allowed(request, baseUrl)) {
      return pages.page(403, "dsr/download", language, Map.of("state", "FOREIGN"));
    }
    return answers
        .download(token)
        .<ResponseEntity<?>>map(
            archive ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/zip"))
                    .header("Cache-Control", "no-store")
                    .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                            .filename(archive.fileName())
                            .build()
                            .toString())
                    .body(archive.bytes()))
        .orElseGet(() -> invalid(language));
  }

  private ResponseEntity<String> invalid(String language) {
    return pages.page(404, "dsr/download", language, Map.of("state", "INVALID"));
  }
}
