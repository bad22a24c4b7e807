package no.vern.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.shared.VernSettings;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.web.SameOrigin;
import no.vern.subject.SubjectId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The preference page at the signed, expiring link Vern mails ({@code /u/p/{token}}): the person's
 * consents, one button each to withdraw or give again (Art. 7(3): as easy as giving), and their
 * receipts. No login and no cookie: the token names the person, and a forged, altered or expired
 * token gets a 404 page. Posts from another site are refused ({@link SameOrigin}).
 */
@Controller
class PreferencesPublicController {

  private static final MediaType JOSE = MediaType.parseMediaType("application/jose");

  private final LinkTokens tokens;
  private final Preferences preferences;
  private final PageRenderer pages;
  private final Clock clock;
  private final String baseUrl;

  PreferencesPublicController(
      LinkTokens tokens,
      Preferences preferences,
      PageRenderer pages,
      Clock clock,
      VernSettings vern) {
    this.tokens = tokens;
    this.preferences = preferences;
    this.pages = pages;
    this.clock = clock;
    this.baseUrl = vern.baseUrl();
  }

  @GetMapping("/u/p/{token}")
  ResponseEntity<String> page(
      @PathVariable String token, @RequestParam(required = false) String lang, Locale browser) {
    String language = Pages.language(lang, browser);
    return subject(token)
        .map(s -> page(200, token, s, language, null))
        .orElseGet(() -> invalid(language));
  }

  @PostMapping("/u/p/{token}/withdraw/{purpose}")
  ResponseEntity<String> withdraw(
      @PathVariable String token,
      @PathVariable String purpose,
      @RequestParam(required = false) String lang,
      Locale browser,
      HttpServletRequest request) {
    return act(
        token,
        lang,
        browser,
        request,
        (s, language) ->
            preferences.withdraw(
                    s, purpose, language, request.getRemoteAddr(), request.getHeader("User-Agent"))
                ? "WITHDRAWN"
                : null);
  }

  @PostMapping("/u/p/{token}/give/{purpose}")
  ResponseEntity<String> give(
      @PathVariable String token,
      @PathVariable String purpose,
      @RequestParam(required = false) String lang,
      Locale browser,
      HttpServletRequest request) {
    return act(
        token,
        lang,
        browser,
        request,
        (s, language) ->
            preferences
                .giveAgain(
                    s, purpose, language, request.getRemoteAddr(), request.getHeader("User-Agent"))
                .name());
  }

  /** Art. 21(3): one button, in force at once for every direct-marketing activity. */
  @PostMapping("/u/p/{token}/object-to-marketing")
  ResponseEntity<String> objectToMarketing(
      @PathVariable String token,
      @RequestParam(required = false) String lang,
      Locale browser,
      HttpServletRequest request) {
    return act(
        token,
        lang,
        browser,
        request,
        (s, language) -> {
          preferences.objectToMarketing(s);
          return "OBJECTED";
        });
  }

  @GetMapping("/u/p/{token}/receipts/{event}")
  ResponseEntity<?> receipt(
      @PathVariable String token,
      @PathVariable String event,
      @RequestParam(required = false) String lang,
      Locale browser) {
    String language = Pages.language(lang, browser);
    Optional<SubjectId> subject = subject(token);
    Optional<UUID> id = uuid(event);
    if (subject.isEmpty() || id.isEmpty()) {
      return invalid(language);
    }
    return preferences
        .receipt(subject.get(), id.get())
        .<ResponseEntity<?>>map(
            r ->
                ResponseEntity.ok()
                    .contentType(JOSE)
                    .header("Cache-Control", "no-store")
                    .header(
                        "Content-Disposition",
                        "attachment; filename=\"receipt-" + r.event() + ".jws\"")
                    .body(r.jws().getBytes(StandardCharsets.US_ASCII)))
        .orElseGet(() -> invalid(language));
  }

  private interface Action {
    String apply(SubjectId subject, String language);
  }

  private ResponseEntity<String> act(
      String token, String lang, Locale browser, HttpServletRequest request, Action action) {
    String language = Pages.language(lang, browser);
    Optional<SubjectId> subject = subject(token);
    if (subject.isEmpty()) {
      return invalid(language);
    }
    if (!SameOrigin.allowed(request, baseUrl)) {
      return pages.page(403, "newsletter/preferences", language, Map.of("state", "FOREIGN"));
    }
    String notice;
    try {
      notice = action.apply(subject.get(), language);
    } catch (ApiProblem refused) {
      notice = "FAILED";
    }
    return page(
        notice == null ? 404 : 200,
        token,
        subject.get(),
        language,
        notice == null ? "UNKNOWN" : notice);
  }

  private ResponseEntity<String> page(
      int status, String token, SubjectId subject, String language, String notice) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("state", "SHOW");
    vars.put("choices", preferences.choices(subject, language));
    vars.put("base", "/u/p/" + token);
    vars.put("lang", "?lang=" + language);
    if (notice != null) {
      vars.put("notice", notice);
    }
    ResponseEntity<String> page = pages.page(status, "newsletter/preferences", language, vars);
    // The buttons post back here. Under "no-referrer" a browser sends "Origin: null" with them,
    // which SameOrigin must refuse (a forging site can send that too); "same-origin" still sends
    // nothing, not even the origin, to any other site.
    return ResponseEntity.status(page.getStatusCode())
        .headers(
            h -> {
              h.addAll(page.getHeaders());
              h.set("Referrer-Policy", "same-origin");
            })
        .body(page.getBody());
  }

  private ResponseEntity<String> invalid(String language) {
    return pages.page(404, "newsletter/preferences", language, Map.of("state", "INVALID"));
  }

  private Optional<SubjectId> subject(String token) {
    return tokens.readPreferences(token, clock.instant());
  }

  private static Optional<UUID> uuid(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
