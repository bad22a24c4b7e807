package no.vern.newsletter;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /u/}: a person enters their address and is mailed a link to their preference page. The
 * answer is the same page with the same status whether the address is known or not, so the page
 * cannot be used to find out who is in Vern's registers. Rate limited by the public chain.
 */
@Controller
class LinkRequestPublicController {

  private final LinkRequests requests;
  private final PageRenderer pages;

  LinkRequestPublicController(LinkRequests requests, PageRenderer pages) {
    this.requests = requests;
    this.pages = pages;
  }

  @GetMapping({"/u", "/u/"})
  ResponseEntity<String> form(@RequestParam(required = false) String lang, Locale browser) {
    return pages.page(
        200, "newsletter/link", Pages.language(lang, browser), Map.of("state", "ASK"));
  }

  @PostMapping({"/u", "/u/"})
  ResponseEntity<String> request(
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String lang,
      Locale browser) {
    String language = Pages.language(lang, browser);
    requests.request(email, language);
    return pages.page(200, "newsletter/link", language, Map.of("state", "SENT"));
  }
}
