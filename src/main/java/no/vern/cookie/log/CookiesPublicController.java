package no.vern.cookie.log;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.vern.cookie.CookieProblem;
import no.vern.cookie.CookieSettings;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
  private final CookieReceipts receipts;
  private final CookieReceiptKeys keys;

  CookiesPublicController(
      BannerConfigs configs,
      ChoiceRecorder recorder,
      CookieSettings settings,
      CookieReceipts receipts,
      CookieReceiptKeys keys) {
    this.configs = configs;
    this.recorder = recorder;
    this.settings = settings;
    this.receipts = receipts;
    this.keys = keys;
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

  /**
   * The signed receipt of a consent id: a compact JWS ({@code application/jose}), or with {@code
   * format=json} its payload. The id is the capability: it is random, and only the visitor's
   * browser (and the controller) knows it.
   */
  @GetMapping(path = PublicCookiesFilter.CONSENTS + "/{consentId}/receipt")
  ResponseEntity<?> receipt(
      @PathVariable("consentId") String consentId,
      @RequestParam(name = "format", required = false) @Nullable String format) {
    UUID id;
    try {
      id = UUID.fromString(consentId);
    } catch (IllegalArgumentException notAUuid) {
      throw new ApiProblem(CommonProblem.INVALID_PARAMETER, "A consent id is a UUID from Vern.");
    }
    CookieReceipts.Receipt receipt =
        receipts
            .of(id)
            .orElseThrow(
                () ->
                    new ApiProblem(
                        CookieProblem.COOKIE_CONSENT_NOT_FOUND,
                        "No cookie choice is recorded under this consent id."));
    if ("json".equals(format)) {
      return ResponseEntity.ok()
          .cacheControl(CacheControl.noStore())
          .contentType(MediaType.APPLICATION_JSON)
          .body(receipt.claims());
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType("application/jose"))
        .body(receipt.jws());
  }

  /** The public keys that verify cookie receipts (RFC 7517). */
  @GetMapping(path = "/public/cookies/jwks.json")
  ResponseEntity<String> jwks() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .contentType(MediaType.parseMediaType("application/jwk-set+json"))
        .body(keys.publicKeys());
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
