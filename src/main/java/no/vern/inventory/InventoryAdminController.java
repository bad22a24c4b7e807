package no.vern.inventory;

import java.util.Locale;
import no.vern.inventory.InventoryDocuments.Format;
import no.vern.shared.web.CallerRoles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The inventory for the DPO: what is in force and its versions. Changes go through a draft with a
 * preview ({@code inventory/draft}), never one click. Downloads live here too, because the admin
 * session cannot call the bearer-token API.
 */
@Controller
@RequestMapping("/admin/inventory")
@PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
class InventoryAdminController {

  private final VersionedProcessingInventory inventory;

  InventoryAdminController(VersionedProcessingInventory inventory) {
    this.inventory = inventory;
  }

  @GetMapping
  String show(Authentication principal, Locale locale, Model model) {
    // The roles that may activate may draft; an auditor reads.
    model.addAttribute("canDraft", CallerRoles.any(principal, "ADMIN", "DPO"));
    return page(locale, model);
  }

  @GetMapping("/download/inventory.yaml")
  ResponseEntity<String> yaml() {
    return InventoryDownloads.document(active(), Format.YAML, true);
  }

  @GetMapping("/download/record-of-processing.csv")
  ResponseEntity<String> csv(Locale locale) {
    return InventoryDownloads.recordOfProcessing(active(), true, language(locale), true);
  }

  @GetMapping("/download/record-of-processing.jsonld")
  ResponseEntity<String> jsonLd() {
    return InventoryDownloads.recordOfProcessing(active(), false, "en", true);
  }

  private String page(Locale locale, Model model) {
    var active = inventory.active();
    model.addAttribute("active", active.orElse(null));
    model.addAttribute(
        "view", active.map(v -> InventoryPage.of(v.inventory(), language(locale))).orElse(null));
    model.addAttribute("versions", inventory.versions());
    return "admin/inventory";
  }

  private InventoryVersion active() {
    return inventory
        .active()
        .orElseThrow(
            () -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
  }

  private static String language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? "en" : "nb";
  }
}
