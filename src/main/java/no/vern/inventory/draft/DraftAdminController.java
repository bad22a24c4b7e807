package no.vern.inventory.draft;

import java.util.Locale;
import no.vern.inventory.draft.DraftPublishing.Published;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft page (records public for the template engine, the package stays internal): edit, save,
 * see what publishing would do, then publish or discard. Every post redirects (post/redirect/get),
 * so a reload neither saves nor publishes again. Only the roles that may activate an inventory
 * (ADMIN, DPO) may draft: a draft is a proposal to activate.
 */
@Controller
@RequestMapping("/admin/inventory/draft")
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class DraftAdminController {

  private static final String PAGE = "redirect:/admin/inventory/draft";

  private final DraftPublishing publishing;

  DraftAdminController(DraftPublishing publishing) {
    this.publishing = publishing;
  }

  @GetMapping
  String show(Locale locale, Model model) {
    var draft = publishing.current();
    String document = publishing.startingText();
    model.addAttribute("document", document);
    model.addAttribute("gutter", gutter(document));
    model.addAttribute(
        "preview",
        draft
            .map(d -> publishing.preview(d, "en".equals(locale.getLanguage()) ? "en" : "nb"))
            .orElse(null));
    return "admin/inventory-draft";
  }

  @PostMapping
  String save(
      @RequestParam(defaultValue = "") String document,
      Authentication principal,
      RedirectAttributes redirect) {
    publishing.save(document, principal.getName());
    redirect.addFlashAttribute("draftSaved", true);
    // The fragment takes the reader to the preview, which is what they saved to see.
    return PAGE + "#preview";
  }

  @PostMapping("/discard")
  String discard(Authentication principal, RedirectAttributes redirect) {
    publishing.discard(principal.getName());
    redirect.addFlashAttribute("draftDiscarded", true);
    return "redirect:/admin/inventory";
  }

  /** "1\n2\n3" for a text of three lines: the editor's line numbers as first drawn. */
  static String gutter(String document) {
    int lines = (int) document.lines().count();
    StringBuilder numbers = new StringBuilder();
    for (int i = 1; i <= Math.max(1, lines); i++) {
      numbers.append(i).append('\n');
    }
    return numbers.toString();
  }

  /** Publishes only the draft whose hash the confirmed form carried, and only when confirmed. */
  @PostMapping("/publish")
  String publish(
      @RequestParam(defaultValue = "") String sha256,
      @RequestParam(defaultValue = "false") boolean confirmed,
      Authentication principal,
      RedirectAttributes redirect) {
    if (!confirmed) {
      redirect.addFlashAttribute("publishError", "inventory.draft.publish.unconfirmed");
      return PAGE + "#publish";
    }
    Published outcome = publishing.publish(sha256, principal.getName());
    if (outcome instanceof Published.Version v) {
      redirect.addFlashAttribute(
          v.unchanged() ? "unchangedVersion" : "activatedVersion", v.number());
      return "redirect:/admin/inventory";
    }
    boolean stale = outcome instanceof Published.Stale;
    redirect.addFlashAttribute(
        "publishError",
        stale ? "inventory.draft.publish.stale" : "inventory.draft.publish.refused");
    return PAGE + (stale ? "#publish" : "#problems");
  }
}
