package no.vern.disclosure;

import java.util.Optional;
import java.util.UUID;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register for the DPO: one person's disclosures ({@code ?subject=<id>}, linked from the
 * person's page; a subject id in the address is an id, never a value), or the newest of the whole
 * register. Confidential entries are shown, marked with their ground. Every read is audited.
 */
@Controller
@RequestMapping("/admin/disclosures")
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class DisclosuresAdminController {

  private final DisclosureRegister register;
  private final SubjectRegistry registry;

  DisclosuresAdminController(DisclosureRegister register, SubjectRegistry registry) {
    this.register = register;
    this.registry = registry;
  }

  @GetMapping
  String page(
      @RequestParam(required = false) @Nullable String subject,
      Authentication caller,
      Model model) {
    if (subject == null || subject.isBlank()) {
      model.addAttribute("rows", register.newest(caller.getName()));
      model.addAttribute("limit", DisclosureRegister.NEWEST);
      return "admin/disclosures";
    }
    Optional<SubjectId> current = parse(subject).flatMap(registry::current);
    if (current.isEmpty()) {
      model.addAttribute("unknownSubject", true);
      model.addAttribute("rows", java.util.List.of());
      return "admin/disclosures";
    }
    model.addAttribute("subject", current.get().value());
    model.addAttribute("rows", register.of(current.get(), caller.getName()));
    return "admin/disclosures";
  }

  private static Optional<SubjectId> parse(String value) {
    try {
      return Optional.of(new SubjectId(UUID.fromString(value.strip())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
