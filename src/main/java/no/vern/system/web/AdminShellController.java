package no.vern.system.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The overview page and the placeholder pages of modules that are not built yet. */
@Controller
class AdminShellController {

  private final AdminNavigation navigation;
  private final Overview overview;

  AdminShellController(AdminNavigation navigation, Overview overview) {
    this.navigation = navigation;
    this.overview = overview;
  }

  /** What needs doing now: the counters of the modules whose pages the reader may open. */
  @GetMapping({"/admin", "/admin/"})
  String home(Authentication caller, Model model) {
    model.addAttribute("counters", overview.countersFor(caller.getAuthorities()));
    model.addAttribute("charts", overview.chartsFor(caller.getAuthorities()));
    return "admin/home";
  }

  @GetMapping("/admin/modules/{id}")
  String plannedModule(@PathVariable String id, Model model) {
    model.addAttribute(
        "module",
        navigation
            .plannedModule(id)
            .orElseThrow(
                () -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
    return "admin/module";
  }
}
