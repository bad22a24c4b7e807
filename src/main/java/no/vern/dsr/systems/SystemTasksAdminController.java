package no.vern.dsr.systems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.inventory.ConnectedSystem;
import no.vern.shared.problem.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every open task and notice on one page. A sweep's tasks belong to no request, so without this
 * page a manual one could never be marked as done; those of a request link to its page.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class SystemTasksAdminController {

  // Open tasks are few in a working organisation; a backlog beyond this is a finding in itself.
  static final int LIMIT = 500;

  private final TaskRows rows;
  private final TaskActions actions;
  private final TaskCreation creation;

  SystemTasksAdminController(TaskRows rows, TaskActions actions, TaskCreation creation) {
    this.rows = rows;
    this.actions = actions;
    this.creation = creation;
  }

  @GetMapping("/admin/system-tasks")
  String page(Model model) {
    Map<String, ConnectedSystem> systems = new HashMap<>();
    creation.active().systems().forEach(s -> systems.put(s.id(), s));
    List<OpenTask> open =
        rows.open(LIMIT).stream()
            .map(
                t ->
                    new OpenTask(
                        TaskStatus.of(t, t.systemId() == null ? null : systems.get(t.systemId())),
                        t.requestId(),
                        t.sweepId(),
                        t.createdAt()))
            .toList();
    model.addAttribute("open", open);
    return "admin/system-tasks";
  }

  @PostMapping("/admin/system-tasks/{taskId}/{action}")
  String act(
      @PathVariable UUID taskId,
      @PathVariable String action,
      @RequestParam(required = false) @Nullable String note,
      Authentication caller,
      RedirectAttributes redirect) {
    try {
      actions.byHand(null, taskId, action, note, AuditActor.of(caller.getName()));
      redirect.addFlashAttribute("taskDone", action);
    } catch (ApiProblem problem) {
      redirect.addFlashAttribute("problem", problem);
    }
    return "redirect:/admin/system-tasks";
  }
}
