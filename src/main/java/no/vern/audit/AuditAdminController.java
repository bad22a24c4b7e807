package no.vern.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.shared.VernSettings;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The trail for the DPO and auditors: filter, page back in time, verify the chain. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
class AuditAdminController {

  static final int PAGE_SIZE = 50;

  private final AuditEntries entries;
  private final AuditVerifier verifier;
  private final AuditTrail trail;
  private final AuditPending pending;
  private final ZoneId zone;

  AuditAdminController(
      AuditEntries entries,
      AuditVerifier verifier,
      AuditTrail trail,
      AuditPending pending,
      VernSettings settings) {
    this.zone = settings.timeZone();
    this.entries = entries;
    this.verifier = verifier;
    this.trail = trail;
    this.pending = pending;
  }

  /**
   * Dates are whole days in the zone the pages show times in ({@code VERN_TIME_ZONE}), both ends
   * included, so the day typed is the day the times on the page say.
   */
  @GetMapping
  String list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer action,
      @RequestParam(required = false) String actorType,
      @RequestParam(required = false) String actorId,
      @RequestParam(required = false) String resourceType,
      @RequestParam(required = false) String resourceId,
      @RequestParam(required = false) Long before,
      HttpServletRequest request,
      Model model) {
    var query =
        new AuditEntryQuery(
            from == null ? null : from.atStartOfDay(zone).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
            action,
            actorType,
            actorId,
            resourceType,
            resourceId,
            before,
            PAGE_SIZE);
    List<AuditEntryRow> page = entries.find(query);
    trail.record(
        AuditActor.current()
            .did(TrailAuditAction.AUDIT_VIEWED, "audit_trail", "", AuditRecord.Outcome.SUCCESS));
    model.addAttribute("entries", page);
    // Committed with their actions but not yet on the chain, so not in the list or the
    // verification.
    model.addAttribute("waiting", pending.count());
    model.addAttribute("query", query);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("actions", AuditActions.all());
    model.addAttribute("actorTypes", ActorType.values());
    if (page.size() == PAGE_SIZE) {
      model.addAttribute("olderUrl", olderUrl(request, page.get(page.size() - 1).id()));
    }
    return "admin/audit";
  }

  /** For htmx: renders only the result fragment into the page. */
  @PostMapping("/verify")
  String verify(Model model) {
    AuditVerification result = verifier.verify();
    trail.recordDurably(AuditVerifications.recordOf(AuditActor.current(), result));
    model.addAttribute("verification", result);
    return "admin/audit :: verification";
  }

  private static String olderUrl(HttpServletRequest request, long oldestShown) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("before", oldestShown)
        .build()
        .toUriString();
  }
}
