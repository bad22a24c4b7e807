package no.vern.system.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.system.SystemAuditAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every task this instance knows with its last success and failure, next run, failures in a row and
 * whether an instance runs it now, and "run now", which makes it due at once (audited). For
 * administrators and the data protection officer, as the mail page.
 */
@Controller
@RequestMapping("/admin/tasks")
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class TasksAdminController {

  private final List<String> names;
  private final ScheduledTaskRows rows;
  private final ObjectProvider<Scheduler> scheduler;
  private final AuditTrail audit;
  private final Clock clock;

  TasksAdminController(
      List<Task<?>> tasks,
      ScheduledTaskRows rows,
      ObjectProvider<Scheduler> scheduler,
      AuditTrail audit,
      Clock clock) {
    this.names = tasks.stream().map(Task::getName).sorted().toList();
    this.rows = rows;
    this.scheduler = scheduler;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String page(Model model) {
    Map<String, ScheduledTaskRows.Row> stored = rows.recurring();
    model.addAttribute("tasks", names.stream().map(n -> new TaskView(n, stored.get(n))).toList());
    return "admin/tasks";
  }

  @PostMapping("/{name}/run")
  String runNow(@PathVariable String name, Authentication caller) {
    if (!names.contains(name)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (!rows.runNow(name, clock.instant())) {
      return "redirect:/admin/tasks?notStarted";
    }
    audit.recordDurably(
        AuditActor.of(caller.getName())
            .did(SystemAuditAction.TASK_RUN_REQUESTED, "task", name, Outcome.SUCCESS));
    // Without this the run waits for the next poll (db-scheduler.polling-interval).
    scheduler.ifAvailable(Scheduler::triggerCheckForDueExecutions);
    return "redirect:/admin/tasks?started";
  }
}
