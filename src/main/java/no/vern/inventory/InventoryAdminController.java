package no.vern.inventory;

import java.util.Locale;
import no.vern.inventory.InventoryDocuments.Format;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inventory for the DPO: what is in force, its versions, and a form to replace it that lists
 * every problem and activates nothing until there are none. Downloads live here too, because the
 * admin session cannot call the bearer-token API.
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
  String show(Locale locale, Model model) {
    var active = inventory.active();
    model.addAttribute(
        "document",
        active.map(v -> InventoryDocuments.write(v.inventory(), Format.YAML)).orElse(""));
    return page(locale, model);
  }

  /** Post/redirect/get on success, so a reload does not submit the document again. */
  @PostMapping
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  String replace(
      @RequestParam(defaultValue = "") String document,
      Authentication principal,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    var outcome = inventory.activate(document, Format.YAML, principal.getName());
    var activation = outcome.activation();
    if (!activation.accepted()) {
      model.addAttribute("document", document);
      model.addAttribute("problems", activation.problems());
      return page(locale, model);
    }
    int number = activation.activated().orElseThrow().number();
    redirect.addFlashAttribute(outcome.created() ? "activatedVersion" : "unchangedVersion", number);
    redirect.addFlashAttribute(
        "warnings", activation.problems().stream().filter(p -> !p.blocking()).toList());
    return "redirect:/admin/inventory";
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
