package no.vern.dsr.request;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.domain.DenialGround;
import no.vern.dsr.domain.RequestState;
import no.vern.dsr.systems.RequestTasks;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/requests}: requests that arrive elsewhere (customer service, a partner) and every
 * step of one, for the organisation's own case system. Every answer carries the request's {@code
 * dueAt}. docs/dsr.md, "API".
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class RequestsApiController {

  record Reason(@Nullable String reason) {}

  record Verification(@Nullable String method, @Nullable String reason) {}

  record Denial(@Nullable String ground, @Nullable String reason) {}

  record Assignment(@Nullable String assignee) {}

  private final Requests requests;
  private final RequestSteps steps;
  private final RequestRows rows;
  private final RequestScope scope;
  private final ObjectProvider<RequestTasks> tasks;

  RequestsApiController(
      Requests requests,
      RequestSteps steps,
      RequestRows rows,
      RequestScope scope,
      ObjectProvider<RequestTasks> tasks) {
    this.requests = requests;
    this.steps = steps;
    this.rows = rows;
    this.scope = scope;
    this.tasks = tasks;
  }

  @PostMapping("/api/v1/requests")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER','INTEGRATOR')")
  ResponseEntity<RequestView> create(@RequestBody Map<String, Object> body) {
    NewRequest request = RequestJson.parse(body, requests.today());
    RequestRow row = requests.file(request, AuditActor.current());
    return ResponseEntity.created(URI.create("/api/v1/requests/" + row.id()))
        .body(RequestView.of(row));
  }

  @GetMapping("/api/v1/requests")
  List<RequestView> list(
      @RequestParam(required = false) @Nullable String right,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(required = false) @Nullable String controller,
      Authentication caller) {
    RequestState wanted = state == null ? null : RequestJson.state(state);
    return scope
        .queue(new RequestQueue.Filter(right, wanted, assignee, controller), caller.getName())
        .stream()
        .map(RequestView::of)
        .toList();
  }

  @GetMapping("/api/v1/requests/{id}")
  RequestDetail one(@PathVariable UUID id) {
    RequestView view =
        rows.find(id).map(RequestView::of).orElseThrow(() -> RequestJson.notFound(id));
    return RequestDetail.of(view, tasks.getIfAvailable());
  }

  @PostMapping("/api/v1/requests/{id}/extension")
  RequestView extend(@PathVariable UUID id, @RequestBody Reason body) {
    return RequestView.of(
        steps.extend(id, required("reason", body.reason()), AuditActor.current()));
  }

  @PostMapping("/api/v1/requests/{id}/verification")
  RequestView verify(@PathVariable UUID id, @RequestBody Verification body) {
    return RequestView.of(
        steps.verifyManually(
            id,
            required("method", body.method()),
            required("reason", body.reason()),
            AuditActor.current()));
  }

  @PostMapping("/api/v1/requests/{id}/start")
  RequestView start(@PathVariable UUID id) {
    return RequestView.of(steps.start(id, AuditActor.current()));
  }

  @PostMapping("/api/v1/requests/{id}/fulfilment")
  RequestView fulfil(@PathVariable UUID id) {
    return RequestView.of(steps.fulfil(id, AuditActor.current()));
  }

  @PostMapping("/api/v1/requests/{id}/denial")
  RequestView deny(@PathVariable UUID id, @RequestBody Denial body) {
    String code = required("ground", body.ground());
    DenialGround ground =
        DenialGround.ofCode(code)
            .orElseThrow(
                () ->
                    invalid(
                        "ground",
                        "One of manifestly-unfounded, excessive, not-identified, exemption."));
    return RequestView.of(
        steps.deny(id, ground, required("reason", body.reason()), AuditActor.current()));
  }

  @PostMapping("/api/v1/requests/{id}/withdrawal")
  RequestView withdraw(@PathVariable UUID id) {
    return RequestView.of(steps.withdraw(id, AuditActor.current()));
  }

  @PostMapping("/api/v1/requests/{id}/assignment")
  RequestView assign(@PathVariable UUID id, @RequestBody Assignment body) {
    String assignee = body.assignee() == null ? "" : body.assignee().strip();
    if (!assignee.isEmpty() && !assignee.matches("(user|token):[0-9a-f-]{36}")) {
      throw invalid("assignee", "A user as user:<uuid>, or empty to unassign.");
    }
    return RequestView.of(steps.assign(id, assignee, AuditActor.current()));
  }

  static String required(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw invalid(field, "Required.");
    }
    if (value.length() > 2000) {
      throw invalid(field, "At most 2000 characters.");
    }
    return value.strip();
  }

  static ApiProblem invalid(String field, String message) {
    return new ApiProblem(
        CommonProblem.VALIDATION_FAILED,
        "The request is not valid.",
        List.of(new FieldError(field, "invalid", message)));
  }
}
