package no.vern.intake.informing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.vern.shared.time.Deadlines;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The records someone must act on: the people still to be told that Vern holds data about them from
 * elsewhere (Art. 14; due when the date is today or later, overdue before; today is the Norwegian
 * day, as the dates are), and the records screening flagged for review. Each row can be marked
 * done; the marks are audited by the subject module.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class InformingAdminController {

  private final InformingList list;
  private final ReviewList review;
  private final Clock clock;

  InformingAdminController(InformingList list, ReviewList review, Clock clock) {
    this.list = list;
    this.review = review;
    this.clock = clock;
  }

  @GetMapping("/admin/intake/informing")
  String informing(@RequestParam(required = false) @Nullable String due, Model model) {
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    // The overview's counters link here with due=overdue or due=due: only those rows.
    Boolean overdueOnly =
        "overdue".equals(due) ? Boolean.TRUE : "due".equals(due) ? Boolean.FALSE : null;
    List<InformingList.Due> open =
        list.open(today).stream()
            .filter(d -> overdueOnly == null || d.overdue() == overdueOnly)
            .toList();
    boolean more = open.size() > InformingList.MAX_ROWS;
    List<InformingList.Due> shown = more ? open.subList(0, InformingList.MAX_ROWS) : open;
    model.addAttribute("today", today);
    model.addAttribute("due", overdueOnly == null ? null : due);
    model.addAttribute("rows", shown);
    model.addAttribute("overdue", shown.stream().filter(InformingList.Due::overdue).count());
    model.addAttribute("more", more);
    model.addAttribute("limit", InformingList.MAX_ROWS);
    List<ReviewList.Flagged> flagged = review.open();
    boolean moreFlagged = flagged.size() > ReviewList.MAX_ROWS;
    model.addAttribute(
        "reviewRows", moreFlagged ? flagged.subList(0, ReviewList.MAX_ROWS) : flagged);
    model.addAttribute("reviewMore", moreFlagged);
    return "admin/intake-informing";
  }

  /** Post/redirect/get: the record has left the list when the page comes back. */
  @PostMapping("/admin/intake/records/{id}/informed")
  String informed(@PathVariable UUID id, Authentication caller) {
    if (!list.markInformed(id, clock.instant(), caller.getName())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/admin/intake/informing?informed";
  }

  @PostMapping("/admin/intake/records/{id}/reviewed")
  String reviewed(@PathVariable UUID id, Authentication caller) {
    if (!review.markReviewed(id, caller.getName())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/admin/intake/informing?reviewed#review";
  }
}
