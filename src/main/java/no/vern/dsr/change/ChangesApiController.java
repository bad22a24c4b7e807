package no.vern.dsr.change;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The changes a request makes to the person's data, for the case handler's own system: erasure
 * proposal and decisions, restriction, objection, rectification, and what was changed. docs/dsr.md,
 * "Rectification" to "Objection".
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class ChangesApiController {

  record ErasureBody(@Nullable List<RequestErasures.Decision> decisions) {}

  record RestrictionBody(@Nullable String activity, @Nullable Boolean restricted) {}

  record ObjectionBody(
      @Nullable String activity,
      @Nullable String outcome,
      @Nullable String grounds,
      @Nullable Boolean directMarketing) {}

  private final RequestErasures erasures;
  private final Restrictions restrictions;
  private final Objections objections;
  private final ChangeLog log;
  private final RequestRectifications rectifications;

  ChangesApiController(
      RequestErasures erasures,
      Restrictions restrictions,
      Objections objections,
      ChangeLog log,
      RequestRectifications rectifications) {
    this.erasures = erasures;
    this.restrictions = restrictions;
    this.objections = objections;
    this.log = log;
    this.rectifications = rectifications;
  }

  record RectificationBody(
      @Nullable Map<String, String> identifiers,
      @Nullable List<RequestRectifications.RecordFix> records) {}

  @PostMapping("/api/v1/requests/{id}/rectifications")
  Map<String, Object> rectify(@PathVariable UUID id, @RequestBody RectificationBody body) {
    List<String> fields =
        rectifications.rectify(
            id,
            body.identifiers() == null ? Map.of() : body.identifiers(),
            body.records() == null ? List.of() : body.records(),
            AuditActor.current());
    return Map.of("rectified", fields);
  }

  @GetMapping("/api/v1/requests/{id}/erasure-proposal")
  Map<String, Object> proposal(@PathVariable UUID id) {
    return Map.of("request", id, "records", erasures.propose(id, AuditActor.current()));
  }

  @PostMapping("/api/v1/requests/{id}/erasure")
  Map<String, Object> erase(@PathVariable UUID id, @RequestBody ErasureBody body) {
    RequestErasures.Outcome done =
        erasures.carryOut(
            id, body.decisions() == null ? List.of() : body.decisions(), AuditActor.current());
    return Map.of(
        "erased", done.erased(),
        "kept", done.kept(),
        "identifiersErased", done.identifiersErased(),
        "answer", done.answer());
  }

  @PostMapping("/api/v1/requests/{id}/restrictions")
  Map<String, Object> restrict(@PathVariable UUID id, @RequestBody RestrictionBody body) {
    if (body.restricted() == null) {
      throw invalid("restricted", "true to restrict, false to lift.");
    }
    boolean changed =
        restrictions.set(id, body.activity(), body.restricted(), AuditActor.current());
    return Map.of(
        "activity",
        String.valueOf(body.activity()),
        "restricted",
        body.restricted(),
        "changed",
        changed);
  }

  @PostMapping("/api/v1/requests/{id}/objections")
  Map<String, Object> object(@PathVariable UUID id, @RequestBody ObjectionBody body) {
    if (Boolean.TRUE.equals(body.directMarketing())) {
      return Map.of(
          "directMarketing",
          true,
          "activities",
          objections.directMarketing(id, AuditActor.current()));
    }
    if (!"upheld".equals(body.outcome()) && !"rejected".equals(body.outcome())) {
      throw invalid("outcome", "upheld or rejected.");
    }
    objections.decide(
        id, body.activity(), "upheld".equals(body.outcome()), body.grounds(), AuditActor.current());
    return Map.of("activity", String.valueOf(body.activity()), "outcome", body.outcome());
  }

  /** What the request changed, in order: the source of the person's answer. */
  @GetMapping("/api/v1/requests/{id}/changes")
  List<ChangeLog.Change> changes(@PathVariable UUID id) {
    return log.ofRequest(id);
  }

  static ApiProblem invalid(String field, String message) {
    return new ApiProblem(
        CommonProblem.VALIDATION_FAILED,
        "The request is not valid.",
        List.of(new FieldError(field, "invalid", message)));
  }
}
