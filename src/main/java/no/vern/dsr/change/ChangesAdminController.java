package no.vern.dsr.change;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.domain.Right;
import no.vern.inventory.Activity;
import no.vern.shared.problem.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The request's changes page: the erasure proposal with a decision per record, restriction,
 * objection and rectification forms, and what the request has changed so far. Same services as the
 * API, so the same checks, audit entries and mails.
 */
@Controller
@RequestMapping("/admin/requests/{id}/changes")
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class ChangesAdminController {

  private final Changes changes;
  private final RequestErasures erasures;
  private final Restrictions restrictions;
  private final Objections objections;
  private final RequestRectifications rectifications;
  private final ChangeLog log;

  ChangesAdminController(
      Changes changes,
      RequestErasures erasures,
      Restrictions restrictions,
      Objections objections,
      RequestRectifications rectifications,
      ChangeLog log) {
    this.changes = changes;
    this.erasures = erasures;
    this.restrictions = restrictions;
    this.objections = objections;
    this.rectifications = rectifications;
    this.log = log;
  }

  @GetMapping
  String page(@PathVariable UUID id, Authentication caller, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("activities", changes.activities().stream().map(Activity::id).toList());
    model.addAttribute("changes", log.ofRequest(id));
    try {
      model.addAttribute("proposal", erasures.propose(id, AuditActor.of(caller.getName())));
    } catch (ApiProblem notNow) {
      model.addAttribute("proposal", List.of());
    }
    return "admin/request-changes";
  }

  @PostMapping("/{action}")
  String act(
      @PathVariable UUID id,
      @PathVariable String action,
      @RequestParam Map<String, String> form,
      Authentication caller,
      RedirectAttributes redirect) {
    AuditActor actor = AuditActor.of(caller.getName());
    try {
      switch (action) {
        case "restrict" -> restrictions.set(id, form.get("activity"), true, actor);
        case "lift" -> restrictions.set(id, form.get("activity"), false, actor);
        case "object" ->
            objections.decide(
                id,
                form.get("activity"),
                "upheld".equals(form.get("outcome")),
                form.get("grounds"),
                actor);
        case "marketing" -> objections.directMarketing(id, actor);
        case "erase" -> erasures.carryOut(id, decisions(form), actor);
        case "rectify" -> rectify(id, form, actor);
        default -> throw ChangesApiController.invalid("action", "Unknown.");
      }
      redirect.addFlashAttribute("done", action);
    } catch (ApiProblem problem) {
      redirect.addFlashAttribute("problem", problem);
    }
    return "redirect:/admin/requests/" + id + "/changes";
  }

  /** {@code decision.<record>} and {@code reason.<record>} per record; unnamed ones follow. */
  private static List<RequestErasures.Decision> decisions(Map<String, String> form) {
    return form.entrySet().stream()
        .filter(e -> e.getKey().startsWith("decision."))
        .map(
            e -> {
              UUID record = UUID.fromString(e.getKey().substring("decision.".length()));
              String reason = form.get("reason." + record);
              return new RequestErasures.Decision(
                  record, e.getValue(), reason == null || reason.isBlank() ? null : reason);
            })
        .toList();
  }

  private void rectify(UUID id, Map<String, String> form, AuditActor actor) {
    String type = blank(form.get("identifierType"));
    String value = blank(form.get("identifierValue"));
    String record = blank(form.get("record"));
    String field = blank(form.get("field"));
    Map<String, String> identifiers =
        type == null || value == null ? Map.of() : Map.of(type, value);
    List<RequestRectifications.RecordFix> fixes =
        record == null || field == null
            ? List.of()
            : List.of(
                new RequestRectifications.RecordFix(
                    UUID.fromString(record), Map.of(field, form.getOrDefault("fieldValue", ""))));
    rectifications.rectify(id, identifiers, fixes, actor);
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static boolean asks(List<String> rights, Right right) {
    return rights.contains(right.code());
  }
}
