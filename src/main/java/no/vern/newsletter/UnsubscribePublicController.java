package no.vern.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import no.vern.consent.ConsentMethod;
import no.vern.mail.Language;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * RFC 8058 one-click unsubscribe at the URL in {@code List-Unsubscribe}. The POST, as a mailbox
 * provider sends it ({@code List-Unsubscribe=One-Click}, multipart or urlencoded, no cookie, no
 * credentials, any or no Origin) or as the page's button sends it, unsubscribes at once and answers
 * 200 with a page, never a redirect; it is idempotent. A GET never changes anything: link scanners
 * fetch it. The signed token alone names person and list.
 */
@Controller
class UnsubscribePublicController {

  private final LinkTokens tokens;
  private final Unsubscriptions unsubscriptions;
  private final Lists lists;
  private final NewsletterMails mails;
  private final PageRenderer pages;
  private final Clock clock;

  UnsubscribePublicController(
      LinkTokens tokens,
      Unsubscriptions unsubscriptions,
      Lists lists,
      NewsletterMails mails,
      PageRenderer pages,
      Clock clock) {
    this.tokens = tokens;
    this.unsubscriptions = unsubscriptions;
    this.lists = lists;
    this.mails = mails;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping("/u/{token}")
  ResponseEntity<String> page(
      @PathVariable String token, @RequestParam(required = false) String lang, Locale browser) {
    return answer(token, Pages.language(lang, browser), "ASK");
  }

  @PostMapping("/u/{token}")
  ResponseEntity<String> unsubscribe(
      @PathVariable String token,
      @RequestParam(required = false) String lang,
      Locale browser,
      HttpServletRequest request) {
    String language = Pages.language(lang, browser);
    var named = tokens.readUnsubscribe(token);
    if (named.isPresent()) {
      unsubscriptions.unsubscribe(
          named.get().subject(),
          named.get().list(),
          "mail",
          ConsentMethod.ONE_CLICK,
          language,
          request.getRemoteAddr(),
          request.getHeader("User-Agent"));
    }
    return answer(token, language, "DONE");
  }

  private ResponseEntity<String> answer(String token, String language, String state) {
    var named = tokens.readUnsubscribe(token);
    if (named.isEmpty()) {
      return pages.page(404, "newsletter/unsubscribe", language, Map.of("state", "INVALID"));
    }
    var list = lists.find(named.get().list());
    String title = list.map(l -> l.title().in(language)).orElse(named.get().list());
    return pages.page(
        200,
        "newsletter/unsubscribe",
        language,
        Map.of(
            "state",
            state,
            "listTitle",
            title,
            "action",
            "/u/" + token + "?lang=" + language,
            "preferences",
            mails.preferencesUrl(
                named.get().subject(),
                clock.instant(),
                Language.of(language).orElse(Language.NB))));
  }
}
