package no.vern.dsr.systems;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a webhook task, modelled on OpenDSR 0.5's request: {@code subject_request_id} (the
 * task, which the callback names), {@code subject_request_type}, {@code subject_identities}, {@code
 * status_callback_urls}, {@code submitted_time} and {@code expected_completion_time}; Vern adds the
 * request, the sweep, the person's id in Vern, the activities and, for a correction, the names of
 * the corrected fields (never their values: the system reads them from Vern, or the case handler's
 * instructions).
 */
final class TaskPayload {

  static final String FORMAT = "vern-task/1";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TaskPayload() {}

  static String of(
      TaskRow task, List<Map<String, String>> identities, String baseUrl, Instant submitted) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("api_version", FORMAT);
    body.put("subject_request_id", task.id().toString());
    body.put("subject_request_type", task.type());
    body.put("request", task.requestId() == null ? null : task.requestId().toString());
    body.put("sweep", task.sweepId() == null ? null : task.sweepId().toString());
    body.put("subject", task.subjectId() == null ? null : task.subjectId().toString());
    body.put("system", task.systemId());
    body.put("activities", task.activities());
    body.put("fields", task.fields());
    body.put("subject_identities", identities);
    body.put("submitted_time", submitted.toString());
    body.put("expected_completion_time", task.dueAt() == null ? null : task.dueAt().toString());
    body.put("status_callback_urls", List.of(callback(baseUrl, task)));
    return JSON.writeValueAsString(body);
  }

  static String callback(String baseUrl, TaskRow task) {
    return baseUrl + "/api/v1/tasks/" + task.id() + "/callback";
  }
}
