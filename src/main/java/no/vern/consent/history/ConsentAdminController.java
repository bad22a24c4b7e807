package no.vern.consent.history;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.consent.ConsentAuditAction;
import no.vern.consent.ConsentEntry;
import no.vern.consent.ConsentReceipts;
import no.vern.consent.ledger.JdbcConsentLedger;
import no.vern.consent.purpose.PurposeCatalogue;
import no.vern.shared.VernSettings;
import no.vern.subject.SubjectId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's consent history for the DPO and auditors, by subject id, with exports as proof. Every
 * view and export is on the audit trail before the history is shown.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
class ConsentAdminController {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final java.util.Set<String> PERSON_READERS =
      java.util.Set.of("ROLE_ADMIN", "ROLE_DPO", "ROLE_CASE_HANDLER");

  private final JdbcConsentLedger ledger;
  private final ConsentReceipts receipts;
  private final Clock clock;
  private final String baseUrl;

  private final PurposeCatalogue purposes;

  ConsentAdminController(
      JdbcConsentLedger ledger,
      ConsentReceipts receipts,
      Clock clock,
      VernSettings vern,
      PurposeCatalogue purposes) {
    this.purposes = purposes;
    this.ledger = ledger;
    this.receipts = receipts;
    this.clock = clock;
    this.baseUrl = vern.baseUrl();
  }

  @GetMapping("/admin/consent")
  String history(
      @RequestParam(required = false) String subject,
      Authentication caller,
      Locale locale,
      Model model) {
    model.addAttribute("subject", subject == null ? "" : subject.strip());
    if (subject == null || subject.isBlank()) {
      return "admin/consent";
    }
    Optional<UUID> id = parse(subject);
    if (id.isEmpty()) {
      model.addAttribute("invalid", true);
      return "admin/consent";
    }
    List<ConsentEntry> events = ledger.history(new SubjectId(id.get()), caller.getName());
    model.addAttribute("id", id.get());
    model.addAttribute("events", events);
    model.addAttribute("purposeNames", names(events, locale));
    // The way back to the person's page, for the roles that page admits (not AUDITOR).
    model.addAttribute(
        "personLink",
        caller.getAuthorities().stream()
            .anyMatch(a -> PERSON_READERS.contains(String.valueOf(a.getAuthority()))));
    return "admin/consent";
  }

  @GetMapping("/admin/consent/export.csv")
  ResponseEntity<String> csv(@RequestParam String subject, Authentication caller) {
    UUID id = parse(subject).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    String body = HistoryExport.csv(items(id, caller));
    return download(
        body, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), id, "csv");
  }

  @GetMapping("/admin/consent/export.json")
  ResponseEntity<String> json(@RequestParam String subject, Authentication caller) {
    UUID id = parse(subject).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    var document =
        HistoryExport.json(
            id, items(id, caller), clock.instant(), baseUrl + "/.well-known/jwks.json");
    return download(
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document),
        MediaType.APPLICATION_JSON,
        id,
        "json");
  }

  private List<HistoryExport.Item> items(UUID subject, Authentication caller) {
    return ledger
        .history(
            new SubjectId(subject), caller.getName(), ConsentAuditAction.CONSENT_HISTORY_EXPORTED)
        .stream()
        .map(
            e ->
                new HistoryExport.Item(
                    e, e.receipt() ? receipts.receiptFor(e.event()).orElse(null) : null))
        .toList();
  }

  private static ResponseEntity<String> download(
      String body, MediaType type, UUID subject, String ext) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("consent-history-" + subject + "." + ext)
                .build()
                .toString())
        .body(body);
  }

  /** The purposes' titles in the reader's language, from the inventory in force. */
  private Map<String, String> names(List<ConsentEntry> events, Locale locale) {
    Map<String, String> names = new HashMap<>();
    for (ConsentEntry e : events) {
      purposes
          .current()
          .consentPurpose(e.purpose())
          .map(p -> p.title() == null ? null : p.title().in(locale.getLanguage()))
          .ifPresent(title -> names.put(e.purpose(), title));
    }
    return names;
  }

  static Optional<UUID> parse(String text) {
    try {
      return Optional.of(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
