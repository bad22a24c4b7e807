package no.vern.dsr.request;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import no.vern.dsr.systems.RequestTasks;
import no.vern.dsr.systems.TaskStatus;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/requests/{id}}: the request, its tasks for connected systems (a failing one
 * with its last error) and its Art. 19 notices with their acknowledgements.
 */
record RequestDetail(
    @JsonUnwrapped RequestView request, List<TaskStatus> tasks, List<TaskStatus> notices) {

  static RequestDetail of(RequestView view, @Nullable RequestTasks tasks) {
    List<TaskStatus> all = tasks == null ? List.of() : tasks.of(view.id());
    return new RequestDetail(
        view,
        all.stream().filter(t -> t.kind().equals("system")).toList(),
        all.stream().filter(t -> t.kind().equals("notice")).toList());
  }
}
