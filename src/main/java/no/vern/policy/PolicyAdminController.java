package no.vern.policy;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Published versions for the DPO: when, from which inventory version, and which consent purposes
 * changed materially, the list consent will re-ask from.
 */
@Controller
@RequestMapping("/admin/policy")
@PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
class PolicyAdminController {

  private final PrivacyNotices notices;

  PolicyAdminController(PrivacyNotices notices) {
    this.notices = notices;
  }

  @GetMapping
  String versions(Model model) {
    List<Row> rows =
        notices.versions().stream()
            .map(
                v ->
                    new Row(
                        v,
                        notices.purposes(v.version()).stream()
                            .filter(PurposeChange::changed)
                            .toList()))
            .toList();
    model.addAttribute("rows", rows);
    return "admin/policy";
  }

  record Row(PublishedNotice notice, List<PurposeChange> changed) {}
}
