package no.vern.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The outbox page: whether mail is configured, how many mails are in each state, and the given-up
 * ones by id, kind, attempts and error class (never an address or a word of content), each with a
 * retry. For administrators and the data protection officer.
 */
@Controller
@RequestMapping("/admin/mail")
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class MailAdminController {

  private final OutboxReport report;
  private final MailSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  MailAdminController(OutboxReport report, MailSettings settings, AuditTrail audit, Clock clock) {
    this.report = report;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String page(Model model) {
    List<OutboxReport.Failed> failed = report.failed();
    boolean more = failed.size() > OutboxReport.MAX_FAILED_ROWS;
    model.addAttribute("configured", settings.configured());
    model.addAttribute("smtp", settings.smtp());
    model.addAttribute("counts", report.counts());
    model.addAttribute("states", MailState.values());
    model.addAttribute("failed", more ? failed.subList(0, OutboxReport.MAX_FAILED_ROWS) : failed);
    model.addAttribute("more", more);
    model.addAttribute("limit", OutboxReport.MAX_FAILED_ROWS);
    return "admin/mail";
  }

  @PostMapping("/{id}/retry")
  String retry(@PathVariable UUID id, Authentication caller) {
    if (!report.retry(id, clock.instant())) {
      return "redirect:/admin/mail?notRetried";
    }
    audit.recordDurably(
        AuditActor.of(caller.getName())
            .did(MailAuditAction.MAIL_RETRIED, "mail", id.toString(), Outcome.SUCCESS));
    return "redirect:/admin/mail?retried";
  }
}
