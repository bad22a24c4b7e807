package no.vern.dsr.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.dsr.SelfService;
import no.vern.dsr.domain.Right;
import no.vern.mail.Language;
import no.vern.shared.VernSettings;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.Parsed;
import no.vern.shared.web.SameOrigin;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /rights}: a person chooses the rights, gives an e-mail address and says what they want;
 * then enters the code mailed to them. The page after filing is the same whether or not Vern knows
 * the address (a reference, the due date, a box for the code); only the mailbox learns which. No
 * login, no cookie; the public chain rate-limits per client address.
 */
@Controller
class RightsPublicController {

  static final int MAX_DESCRIPTION = 5000;

  private final Requests requests;
  private final RequestSteps steps;
  private final PublicPages pages;
  private final ObjectProvider<SelfService> selfService;
  private final String baseUrl;

  RightsPublicController(
      Requests requests,
      RequestSteps steps,
      PublicPages pages,
      ObjectProvider<SelfService> selfService,
      VernSettings vern) {
    this.requests = requests;
    this.steps = steps;
    this.pages = pages;
    this.selfService = selfService;
    this.baseUrl = vern.baseUrl();
  }

  @GetMapping({"/rights", "/rights/"})
  ResponseEntity<String> form(
      @RequestParam(required = false) @Nullable String lang, Locale browser) {
    return pages.page(200, PublicPages.language(lang, browser), form(List.of(), List.of()));
  }

  @PostMapping({"/rights", "/rights/"})
  ResponseEntity<String> file(
      @RequestParam(required = false) @Nullable List<String> right,
      @RequestParam(required = false) @Nullable String email,
      @RequestParam(required = false) @Nullable String description,
      @RequestParam(required = false) @Nullable String lang,
      Locale browser,
      HttpServletRequest http) {
    Language language = PublicPages.language(lang, browser);
    if (!SameOrigin.allowed(http, baseUrl)) {
      return pages.page(403, language, Map.of("state", "FOREIGN"));
    }
    List<Right> rights = new ArrayList<>();
    for (String code : right == null ? List.<String>of() : right) {
      Right.ofCode(code).ifPresent(rights::add);
    }
    List<String> errors = new ArrayList<>();
    if (rights.isEmpty()) {
      errors.add("right");
    }
    Parsed<EmailAddress> address =
        email == null ? EmailAddress.parse("") : EmailAddress.parse(email.strip());
    if (!(address instanceof Parsed.Valid<EmailAddress>)) {
      errors.add("email");
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      errors.add("description");
    }
    if (!errors.isEmpty()) {
      return pages.page(400, language, form(errors, rights.stream().map(Right::code).toList()));
    }
    EmailAddress to = ((Parsed.Valid<EmailAddress>) address).value();
    RequestRow filed = requests.filePublic(to, rights, description, language);
    return pages.page(200, language, sent(filed.id(), filed.reference(), filed, false));
  }

  @PostMapping("/rights/verify")
  ResponseEntity<String> verify(
      @RequestParam(required = false) @Nullable String request,
      @RequestParam(required = false) @Nullable String reference,
      @RequestParam(required = false) @Nullable String code,
      @RequestParam(required = false) @Nullable String lang,
      Locale browser,
      HttpServletRequest http,
      HttpServletResponse response) {
    Language language = PublicPages.language(lang, browser);
    if (!SameOrigin.allowed(http, baseUrl)) {
      return pages.page(403, language, Map.of("state", "FOREIGN"));
    }
    Optional<UUID> id = uuid(request);
    CodeResult result =
        id.isEmpty() || code == null || code.isBlank()
            ? new CodeResult.Refused()
            : steps.verifyByCode(id.get(), code);
    String ref = reference == null ? "" : reference;
    if (result instanceof CodeResult.Verified verified) {
      SelfService session = selfService.getIfAvailable();
      if (session != null) {
        session.open(response, verified.subject());
      }
      return pages.page(200, language, Map.of("state", "VERIFIED", "reference", ref));
    }
    if (result instanceof CodeResult.NothingHeld) {
      return pages.page(200, language, Map.of("state", "NOTHING", "reference", ref));
    }
    return pages.page(
        200,
        language,
        Map.of(
            "state",
            "SENT",
            "request",
            request == null ? "" : request,
            "reference",
            ref,
            "wrongCode",
            true));
  }

  private static Map<String, Object> form(List<String> errors, List<String> chosen) {
    return Map.of("state", "FORM", "rights", Right.values(), "errors", errors, "chosen", chosen);
  }

  private static Map<String, Object> sent(
      UUID id, String reference, RequestRow row, boolean wrongCode) {
    return Map.of(
        "state",
        "SENT",
        "request",
        id.toString(),
        "reference",
        reference,
        "dueAt",
        row.dueAt().toString(),
        "wrongCode",
        wrongCode);
  }

  private static Optional<UUID> uuid(@Nullable String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
