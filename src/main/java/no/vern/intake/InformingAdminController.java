package no.vern.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.vern.shared.time.Deadlines;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The people still to be told that Vern holds data about them from elsewhere (Art. 14): due when
 * the date is today or later, overdue before. Today is the Norwegian day, as the dates are.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class InformingAdminController {

  private final InformingList list;
  private final Clock clock;

  InformingAdminController(InformingList list, Clock clock) {
    this.list = list;
    this.clock = clock;
  }

  @GetMapping("/admin/intake/informing")
  String informing(Model model) {
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    List<InformingList.Due> open = list.open(today);
    boolean more = open.size() > InformingList.MAX_ROWS;
    List<InformingList.Due> shown = more ? open.subList(0, InformingList.MAX_ROWS) : open;
    model.addAttribute("today", today);
    model.addAttribute("rows", shown);
    model.addAttribute("overdue", shown.stream().filter(InformingList.Due::overdue).count());
    model.addAttribute("more", more);
    model.addAttribute("limit", InformingList.MAX_ROWS);
    return "admin/intake-informing";
  }
}
