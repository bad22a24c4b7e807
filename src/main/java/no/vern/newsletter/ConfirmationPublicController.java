package no.vern.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The double opt-in page. A GET only shows the button (link scanners fetch every link in a mail);
 * the POST from that button confirms. Unknown, used and expired tokens get a page that says so.
 */
@Controller
class ConfirmationPublicController {

  private final DoubleOptIn optIn;
  private final Lists lists;
  private final PageRenderer pages;
  private final Clock clock;

  ConfirmationPublicController(DoubleOptIn optIn, Lists lists, PageRenderer pages, Clock clock) {
    this.optIn = optIn;
    this.lists = lists;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping("/u/confirm/{token}")
  ResponseEntity<String> page(
      @PathVariable String token, @RequestParam(required = false) String lang, Locale browser) {
    var pending = optIn.pending(token);
    String language =
        Pages.language(lang != null ? lang : pending.map(p -> p.language()).orElse(null), browser);
    if (pending.isEmpty()) {
      return answer(DoubleOptIn.Result.INVALID, null, language);
    }
    if (pending.get().usedAt() != null) {
      return answer(DoubleOptIn.Result.ALREADY_CONFIRMED, pending.get().list(), language);
    }
    if (!pending.get().expiresAt().isAfter(clock.instant())) {
      return answer(DoubleOptIn.Result.EXPIRED, pending.get().list(), language);
    }
    return pages.page(
        200,
        "newsletter/confirm",
        language,
        Map.of(
            "listTitle", title(pending.get().list(), language), "action", "/u/confirm/" + token));
  }

  @PostMapping("/u/confirm/{token}")
  ResponseEntity<String> confirm(
      @PathVariable String token, Locale browser, HttpServletRequest request) {
    var done = optIn.confirm(token, request.getRemoteAddr(), request.getHeader("User-Agent"));
    return answer(done.result(), done.list(), Pages.language(done.language(), browser));
  }

  private ResponseEntity<String> answer(DoubleOptIn.Result result, String list, String language) {
    int status =
        switch (result) {
          case INVALID -> 404;
          case EXPIRED -> 410;
          default -> 200;
        };
    return pages.page(
        status,
        "newsletter/confirmed",
        language,
        Map.of("result", result.name(), "listTitle", list == null ? "" : title(list, language)));
  }

  private String title(String list, String language) {
    return lists.find(list).map(l -> l.title().in(language)).orElse(list);
  }
}
