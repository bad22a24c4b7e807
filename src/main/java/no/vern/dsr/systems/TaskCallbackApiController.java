package no.vern.dsr.systems;

import java.util.Map;
import java.util.UUID;
import no.vern.dsr.domain.Signatures;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/tasks/{taskId}/callback}: a connected system reports on a task, OpenDSR's
 * status callback: {@code {"status":"completed"}} ({@code open}, {@code in_progress}, {@code
 * completed}, {@code denied}, {@code cancelled}; {@code reason} optional). No bearer token: the
 * body is signed like Vern's own webhooks ({@code X-Vern-Signature}) with the system's secret, and
 * checked over the raw bytes before anything is read from it.
 */
@RestController
class TaskCallbackApiController {

  record Answer(UUID id, String state) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final TaskActions actions;

  TaskCallbackApiController(TaskActions actions) {
    this.actions = actions;
  }

  @PostMapping(
      path = "/api/v1/tasks/{taskId}/callback",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  Answer callback(
      @PathVariable UUID taskId,
      @RequestHeader(name = Signatures.HEADER, required = false) @Nullable String signature,
      @RequestBody(required = false) @Nullable String body) {
    String raw = body == null ? "" : body;
    Map<String, String> fields = read(raw);
    TaskRow task =
        actions.callback(
            taskId, signature, raw, fields.getOrDefault("status", ""), fields.get("reason"));
    return new Answer(task.id(), task.state());
  }

  private static Map<String, String> read(String raw) {
    try {
      JsonNode node = JSON.readTree(raw);
      if (node != null && node.isObject()) {
        String status = node.path("status").isString() ? node.path("status").asString() : "";
        String reason = node.path("reason").isString() ? node.path("reason").asString() : null;
        return reason == null
            ? Map.of("status", status)
            : Map.of("status", status, "reason", reason);
      }
    } catch (JacksonException e) {
      // The signature is checked first; an unsigned body that is not JSON is refused for that.
    }
    return Map.of();
  }
}
