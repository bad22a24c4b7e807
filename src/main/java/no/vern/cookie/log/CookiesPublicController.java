package no.vern.cookie.log;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.vern.cookie.CookieSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The banner's public endpoints: its configuration, recording a choice, and the site-wide Global
 * Privacy Control statement (docs/cookies.md).
 */
@RestController
class CookiesPublicController {

  private final BannerConfigs configs;
  private final ChoiceRecorder recorder;
  private final CookieSettings settings;

  CookiesPublicController(BannerConfigs configs, ChoiceRecorder recorder, CookieSettings settings) {
    this.configs = configs;
    this.recorder = recorder;
    this.settings = settings;
  }

  @GetMapping(path = "/public/cookies/config", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> config(
      @RequestParam(name = "lang", required = false) @Nullable String lang,
      HttpServletRequest request) {
    String language = BannerConfigs.language(lang == null ? acceptLanguage(request) : lang);
    BannerConfig config = configs.current(language, gpc(request));
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
        // The answer's "gpc" and language follow these request headers.
        .header(HttpHeaders.VARY, "Sec-GPC, Accept-Language")
        .body(config.answer());
  }

  /** JSON, or text/plain carrying JSON, so navigator.sendBeacon posts without a preflight. */
  @PostMapping(
      path = PublicCookiesFilter.CONSENTS,
      consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> record(@RequestBody String body, HttpServletRequest request) {
    ChoiceRequest choice = ChoiceRequest.parse(body);
    Choice recorded =
        recorder.record(
            choice,
            gpc(request),
            BannerConfigs.language(acceptLanguage(request)),
            request.getRemoteAddr(),
            request.getHeader(HttpHeaders.USER_AGENT));
    String receipt = PublicCookiesFilter.CONSENTS + "/" + recorded.consentId() + "/receipt";
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("consentId", recorded.consentId().toString());
    answer.put("receipt", receipt);
    answer.put("recordedAt", recorded.recordedAt().toString());
    answer.put("accepted", recorded.accepted());
    answer.put("refused", recorded.refused());
    answer.put("gpcApplied", recorded.gpcApplied());
    return ResponseEntity.created(URI.create(receipt))
        .cacheControl(CacheControl.noStore())
        .body(answer);
  }

  /** The site honours Global Privacy Control (GPC specification, section 6). */
  @GetMapping(path = "/.well-known/gpc.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> gpcStatement() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("gpc", true);
    answer.put("lastUpdate", settings.gpcLastUpdate().toString());
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(answer);
  }

  static boolean gpc(HttpServletRequest request) {
    String value = request.getHeader("Sec-GPC");
    return value != null && value.strip().equals("1");
  }

  private static @Nullable String acceptLanguage(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    if (header == null || header.isBlank()) {
      return null;
    }
    String first = header.split(",")[0].strip().toLowerCase(Locale.ROOT);
    return first.startsWith("en") ? "en" : "nb";
  }
}
