package no.vern.dsr.systems;

import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.shared.problem.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case handler's steps on a request's tasks and notices, from the request's page: a manual task
 * done (a webhook task too, with how its owner confirmed it), a failing webhook tried now, a notice
 * sent by hand, acknowledged, or recorded as impossible or disproportionate with the reason.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class RequestTasksAdminController {

  private final TaskActions actions;

  RequestTasksAdminController(TaskActions actions) {
    this.actions = actions;
  }

  @PostMapping("/admin/requests/{id}/tasks/{taskId}/{action}")
  String act(
      @PathVariable UUID id,
      @PathVariable UUID taskId,
      @PathVariable String action,
      @RequestParam(required = false) @Nullable String note,
      Authentication caller,
      RedirectAttributes redirect) {
    try {
      actions.byHand(id, taskId, action, note, AuditActor.of(caller.getName()));
      redirect.addFlashAttribute("taskDone", action);
    } catch (ApiProblem problem) {
      redirect.addFlashAttribute("problem", problem);
    }
    return "redirect:/admin/requests/" + id;
  }
}
