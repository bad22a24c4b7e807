package no.vern.dsr.systems;

import java.util.UUID;
import no.vern.audit.AuditActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/requests/{id}/tasks/{taskId}/{action}}: the request page's steps on its tasks
 * and notices ({@code done}, {@code retry}, {@code sent}, {@code acknowledged}, {@code
 * impossible}), for a case system that works the requests through the API. The same rules and
 * problems as the page, since both go through {@link TaskActions}.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class RequestTasksApiController {

  record Step(@Nullable String note) {}

  private final TaskActions actions;
  private final TaskCreation creation;

  RequestTasksApiController(TaskActions actions, TaskCreation creation) {
    this.actions = actions;
    this.creation = creation;
  }

  @PostMapping("/api/v1/requests/{id}/tasks/{taskId}/{action}")
  TaskStatus act(
      @PathVariable UUID id,
      @PathVariable UUID taskId,
      @PathVariable String action,
      @RequestBody(required = false) @Nullable Step body) {
    TaskRow task =
        actions.byHand(id, taskId, action, body == null ? null : body.note(), AuditActor.current());
    return TaskStatus.of(
        task,
        task.systemId() == null
            ? null
            : creation.active().systems().stream()
                .filter(s -> s.id().equals(task.systemId()))
                .findFirst()
                .orElse(null));
  }
}
