package no.vern.breach;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The breach register's API (docs/breaches.md). The DPO and administrators record and change
 * breaches and their notifications; an auditor reads them; finding who is affected is also the case
 * handler's. Every change is audited by the breach's id.
 */
@RestController
class BreachesApiController {

  private final Breaches breaches;
  private final AffectedPeople affected;
  private final SubjectNotices notices;
  private final AuditTrail audit;
  private final Clock clock;

  BreachesApiController(
      Breaches breaches,
      AffectedPeople affected,
      SubjectNotices notices,
      AuditTrail audit,
      Clock clock) {
    this.breaches = breaches;
    this.affected = affected;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  @PostMapping("/api/v1/breaches")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  ResponseEntity<Map<String, Object>> record(@RequestBody BreachInput body, Authentication caller) {
    BreachRow b = breaches.record(body, caller.getName());
    return ResponseEntity.created(URI.create("/api/v1/breaches/" + b.id()))
        .body(BreachJson.of(b, clock.instant(), false));
  }

  @GetMapping("/api/v1/breaches")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  Map<String, Object> list() {
    List<BreachRow> all = breaches.all();
    List<UUID> notified = breaches.notifiedToAuthority(all);
    return Map.of(
        "breaches",
        all.stream()
            .map(b -> BreachJson.of(b, clock.instant(), notified.contains(b.id())))
            .toList());
  }

  @GetMapping("/api/v1/breaches/{id}")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  Map<String, Object> one(@PathVariable UUID id) {
    return whole(breaches.one(id));
  }

  /** Changes what is sent; a field left out keeps its value (docs/breaches.md). */
  @PatchMapping("/api/v1/breaches/{id}")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  Map<String, Object> update(
      @PathVariable UUID id, @RequestBody BreachInput body, Authentication caller) {
    return whole(breaches.update(id, body, caller.getName()));
  }

  @PostMapping("/api/v1/breaches/{id}/notifications")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  ResponseEntity<Map<String, Object>> notification(
      @PathVariable UUID id, @RequestBody NotificationInput body, Authentication caller) {
    NotificationRow n = breaches.notify(id, body, caller.getName());
    return ResponseEntity.status(201).body(BreachJson.notification(n));
  }

  /** The notification for Datatilsynet as JSON; the printable page is on the admin side. */
  @GetMapping("/api/v1/breaches/{id}/document")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  Map<String, Object> document(@PathVariable UUID id, Authentication caller) {
    BreachRow b = breaches.one(id);
    audit.record(
        AuditActor.of(caller.getName())
            .did(
                BreachAuditAction.BREACH_DOCUMENT_READ,
                "breach",
                id.toString(),
                AuditRecord.Outcome.SUCCESS));
    return BreachDocument.of(b, breaches.notifications(id), clock);
  }

  /** The count, and with {@code list=true} the subjects' ids (docs/breaches.md). */
  @GetMapping("/api/v1/breaches/{id}/affected")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
  Map<String, Object> affected(
      @PathVariable UUID id,
      @RequestParam(name = "activity", required = false) @Nullable List<String> activities,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(name = "import", required = false) @Nullable String importId,
      @RequestParam(required = false) @Nullable String recipient,
      @RequestParam(defaultValue = "false") boolean list,
      Authentication caller) {
    breaches.one(id);
    AffectedPeople.Found found =
        affected.find(
            id,
            new AffectedQuery(activities, from, to, importId, recipient),
            list,
            caller.getName());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", found.count());
    if (list) {
      m.put("subjects", found.subjects().stream().map(s -> s.value()).toList());
      m.put("truncated", found.truncated());
      m.put("outsideScope", found.outsideScope());
    }
    return m;
  }

  /** Art. 34 notices by mail to the affected people with an address, each once. */
  @PostMapping("/api/v1/breaches/{id}/subject-notices")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  SubjectNotices.Result notices(
      @PathVariable UUID id, @RequestBody NoticeRequest body, Authentication caller) {
    return notices.send(id, body, caller.getName());
  }

  /** Who was told (ids), when and in which language. */
  @GetMapping("/api/v1/breaches/{id}/subject-notices")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  Map<String, Object> told(@PathVariable UUID id) {
    breaches.one(id);
    return Map.of("told", notices.told(id));
  }

  private Map<String, Object> whole(BreachRow b) {
    List<NotificationRow> sent = breaches.notifications(b.id());
    boolean notified = sent.stream().anyMatch(n -> n.recipient().equals("datatilsynet"));
    Map<String, Object> m = BreachJson.of(b, clock.instant(), notified);
    m.put("notifications", BreachJson.notifications(sent));
    m.put("subjectsTold", notices.toldCount(b.id()));
    return m;
  }
}
