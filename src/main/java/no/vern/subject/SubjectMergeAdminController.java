package no.vern.subject;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Merging a suggested subject into the one whose page this is, after a confirmation step: a merge
 * cannot be split again (docs/subjects.md). Only a current merge suggestion can be merged here.
 */
@Controller
@RequestMapping("/admin/subjects/{id}/merge")
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class SubjectMergeAdminController {

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;

  SubjectMergeAdminController(SubjectRegistry registry, PersonalDataRecords records) {
    this.registry = registry;
    this.records = records;
  }

  @GetMapping
  String confirm(
      @PathVariable UUID id, @RequestParam UUID from, Authentication caller, Model model) {
    SubjectId into = suggested(id, from, caller);
    model.addAttribute("into", into.value());
    model.addAttribute("from", from);
    return "admin/subject-merge";
  }

  @PostMapping
  String merge(@PathVariable UUID id, @RequestParam UUID from, Authentication caller) {
    SubjectId into = suggested(id, from, caller);
    try {
      registry.merge(new SubjectId(from), into, caller.getName());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A concurrent merge changed one of them since the page was shown; the page shows the news.
      return "redirect:/admin/subjects/" + into + "?mergeFailed";
    }
    return "redirect:/admin/subjects/" + into + "?merged";
  }

  /**
   * The page's subject, when {@code from} is still suggested to be the same person and both are in
   * the caller's need-to-know scope (issue 18); otherwise the same 404 as for unknown ids.
   */
  private SubjectId suggested(UUID id, UUID from, Authentication caller) {
    SubjectId into = new SubjectId(id);
    boolean current = registry.current(into).filter(into::equals).isPresent();
    if (!current
        || !registry.mergeSuggestions(into).contains(new SubjectId(from))
        || !records.visibleTo(into, caller.getName())
        || !records.visibleTo(new SubjectId(from), caller.getName())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return into;
  }
}
