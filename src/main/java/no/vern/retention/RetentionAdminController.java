package no.vern.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.time.Deadlines;
import no.vern.shared.web.CallerRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The retention page: run a sweep now, the runs with their certificates, the recipients an erasure
 * must reach, what waits for its trigger and for how long, legal holds (place, lift, reviews due)
 * and the forecast per activity and week. Counts and ids only; never a person's data.
 */
@Controller
@RequestMapping("/admin/retention")
@PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
class RetentionAdminController {

  private final RetentionPageData data;
  private final RetentionNames names;
  private final Sweeper sweeper;
  private final JdbcLegalHolds holds;
  private final SweepRuns runs;
  private final AuditTrail audit;
  private final Clock clock;

  RetentionAdminController(
      RetentionPageData data,
      RetentionNames names,
      Sweeper sweeper,
      JdbcLegalHolds holds,
      SweepRuns runs,
      AuditTrail audit,
      Clock clock) {
    this.data = data;
    this.names = names;
    this.sweeper = sweeper;
    this.holds = holds;
    this.runs = runs;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String page(
      @RequestParam(defaultValue = "28") int days,
      Model model,
      Authentication caller,
      Locale locale) {
    model.addAttribute("canSweep", CallerRoles.any(caller, "ADMIN"));
    model.addAttribute("canHold", canHold(caller));
    int span = Math.max(1, Math.min(days, Forecasts.MAX_DAYS));
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    model.addAttribute("days", span);
    model.addAttribute("today", today);
    model.addAttribute("page", data.page(span, clock.instant()));
    model.addAttribute("names", names.in(locale));
    return "admin/retention";
  }

  @PostMapping("/sweeps")
  @PreAuthorize("hasRole('ADMIN')")
  String sweep(Authentication caller) {
    try {
      var c = sweeper.run(caller.getName());
      return "redirect:/admin/retention?swept=" + PurgeCertificate.evidence(c).run();
    } catch (ApiProblem running) {
      return "redirect:/admin/retention?running";
    }
  }

  @GetMapping("/sweeps/{id}/certificate.json")
  ResponseEntity<String> certificate(@PathVariable UUID id, Authentication caller) {
    var run = runs.find(id);
    if (run.isEmpty() || run.get().certificate() == null) {
      return ResponseEntity.notFound().build();
    }
    audit.record(
        AuditActor.of(caller.getName())
            .did(
                RetentionAuditAction.CERTIFICATE_READ,
                "retention-sweep",
                id.toString(),
                Outcome.SUCCESS));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"purge-certificate-" + id + ".json\"")
        .body(run.get().certificate());
  }

  @PostMapping("/holds")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  String hold(
      @RequestParam String target,
      @RequestParam String value,
      @RequestParam String reason,
      @RequestParam @Nullable LocalDate reviewAt,
      @RequestParam(required = false) @Nullable String from,
      Authentication caller) {
    UUID id = "subject".equals(target) || "record".equals(target) ? uuid(value) : null;
    if (id == null && ("subject".equals(target) || "record".equals(target))) {
      return back(from, "holdRefused");
    }
    var request =
        new JdbcLegalHolds.Request(
            "subject".equals(target) ? id : null,
            "record".equals(target) ? id : null,
            "activity".equals(target) ? value : null,
            "case".equals(target) ? value : null,
            reason,
            reviewAt);
    try {
      holds.place(request, caller.getName());
      return back(from, "held");
    } catch (ApiProblem refused) {
      return back(from, "holdRefused");
    }
  }

  @PostMapping("/holds/{id}/lift")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  String lift(
      @PathVariable UUID id,
      @RequestParam String reason,
      @RequestParam(required = false) @Nullable String from,
      Authentication caller) {
    try {
      holds.lift(id, reason, caller.getName());
      return back(from, "lifted");
    } catch (ApiProblem refused) {
      return back(from, "liftRefused");
    }
  }

  /**
   * Back to the page the form was on: a person's holds when {@code from} is their id (only an id is
   * ever put in the address, never a value), the retention page otherwise.
   */
  private static String back(@Nullable String from, String flag) {
    UUID person = from == null ? null : uuid(from);
    return person == null
        ? "redirect:/admin/retention?" + flag
        : "redirect:/admin/retention/holds?subject=" + person + "&" + flag;
  }

  /** Who may place and lift holds (the roles of the hold and lift mappings). */
  static boolean canHold(Authentication caller) {
    return CallerRoles.any(caller, "ADMIN", "DPO");
  }

  static @Nullable UUID uuid(String value) {
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "3 days", for how long a record has waited. */
  static long daysBetween(java.time.Instant from, java.time.Instant to) {
    return Duration.between(from, to).toDays();
  }
}
