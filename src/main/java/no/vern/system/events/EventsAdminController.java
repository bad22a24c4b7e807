package no.vern.system.events;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The reactions still to do: every event publication whose module listener has not finished, by
 * event type, listener, date, status and attempts (never the event's contents), and a button that
 * runs the failed and stalled ones again. For administrators and the data protection officer.
 */
@Controller
@RequestMapping("/admin/events")
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class EventsAdminController {

  private final EventPublications publications;
  private final EventResubmission resubmission;

  EventsAdminController(EventPublications publications, EventResubmission resubmission) {
    this.publications = publications;
    this.resubmission = resubmission;
  }

  @GetMapping
  String page(Model model) {
    List<EventPublications.Incomplete> incomplete = publications.incomplete();
    boolean more = incomplete.size() > EventPublications.MAX_ROWS;
    model.addAttribute("total", publications.countIncomplete());
    model.addAttribute(
        "incomplete", more ? incomplete.subList(0, EventPublications.MAX_ROWS) : incomplete);
    model.addAttribute("more", more);
    model.addAttribute("limit", EventPublications.MAX_ROWS);
    model.addAttribute("stalledMinutes", EventResubmission.STALLED_AFTER.toMinutes());
    return "admin/events";
  }

  @PostMapping("/resubmit")
  String resubmit(Authentication caller) {
    int resubmitted = resubmission.resubmit(caller.getName());
    return "redirect:/admin/events?resubmitted=" + resubmitted;
  }
}
