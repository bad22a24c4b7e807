package no.vern.cookie.log;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/cookies}: one consent id's choices, the acceptance rates per category per week, and
 * the export of a period. Same roles as the consent history.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
class CookiesAdminController {

  static final int WEEKS = 12;

  private final CookieLogReads reads;
  private final Clock clock;

  CookiesAdminController(CookieLogReads reads, Clock clock) {
    this.reads = reads;
    this.clock = clock;
  }

  @GetMapping("/admin/cookies")
  String page(
      @RequestParam(name = "consent", required = false) @Nullable String consent,
      Authentication caller,
      Model model) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    model.addAttribute("consent", consent == null ? "" : consent.strip());
    model.addAttribute("weeks", reads.weekly(WEEKS));
    model.addAttribute("weekCount", WEEKS);
    model.addAttribute("exportFrom", today.minusDays(30).toString());
    model.addAttribute("exportTo", today.toString());
    if (consent != null && !consent.isBlank()) {
      try {
        UUID id = UUID.fromString(consent.strip());
        List<Choice> choices = reads.history(id, caller.getName());
        model.addAttribute("id", id.toString());
        model.addAttribute("choices", choices);
        model.addAttribute("subjects", reads.subjects(id));
      } catch (IllegalArgumentException notAUuid) {
        model.addAttribute("invalid", true);
      }
    }
    return "admin/cookies";
  }

  @GetMapping("/admin/cookies/export.csv")
  ResponseEntity<String> export(
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to,
      Authentication caller) {
    ExportPeriod period = ExportPeriod.parse(from, to);
    return CookiesApiController.csv(
        ChoicesCsv.of(reads.export(period.from(), period.to(), caller.getName())), period);
  }
}
