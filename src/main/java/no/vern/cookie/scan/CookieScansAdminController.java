package no.vern.cookie.scan;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
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
 * The scanner for the DPO: a form to scan pages (one address a line) and the history of scans with
 * what each found. A scan runs on the scheduler; its page shows "queued" or "running" until done.
 */
@Controller
@RequestMapping("/admin/cookies/scans")
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class CookieScansAdminController {

  private final ScanRequests requests;
  private final CookieScans scans;

  CookieScansAdminController(ScanRequests requests, CookieScans scans) {
    this.requests = requests;
    this.scans = scans;
  }

  @GetMapping
  String history(Model model) {
    List<CookieScans.Scan> newest = scans.newest(50);
    model.addAttribute("scans", newest);
    model.addAttribute(
        "counts",
        newest.stream()
            .collect(java.util.stream.Collectors.toMap(s -> s.id(), s -> scans.counts(s.id()))));
    model.addAttribute("max", ScanUrls.MAX);
    return "admin/cookie-scans";
  }

  /** One address a line; anything but http(s) answers problem+json naming the address. */
  @PostMapping
  String request(@RequestParam(defaultValue = "") String urls, Authentication caller) {
    UUID id = requests.request(Arrays.asList(urls.split("\\R")), caller.getName());
    return "redirect:/admin/cookies/scans/" + id;
  }

  @GetMapping("/{id}")
  String one(@PathVariable UUID id, Model model) {
    CookieScans.Scan scan =
        scans
            .find(id)
            .orElseThrow(() -> new ApiProblem(CommonProblem.NOT_FOUND, "No scan has this id."));
    model.addAttribute("scan", scan);
    model.addAttribute("pages", ScanPages.parse(scan.pagesJson()));
    model.addAttribute("items", scans.items(id));
    model.addAttribute("counts", scans.counts(id));
    return "admin/cookie-scan";
  }
}
