package no.vern.dsr.request;

import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrAuditAction;
import no.vern.dsr.RecordReview;
import no.vern.dsr.domain.DenialGround;
import no.vern.dsr.domain.Right;
import no.vern.dsr.domain.Step;
import no.vern.dsr.domain.Transitions;
import no.vern.dsr.systems.RequestTasks;
import no.vern.shared.problem.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
 * One request: what was asked, its dates, its timeline, and a button for each step its state
 * allows. Opening it reads what the person wrote and where to reach them, so the read is audited.
 */
@Controller
@RequestMapping("/admin/requests/{id}")
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class RequestAdminController {

  private final RequestRows rows;
  private final RequestSteps steps;
  private final Timeline timeline;
  private final DsrKeys keys;
  private final AuditTrail audit;
  private final ObjectProvider<RecordReview> review;
  private final ObjectProvider<RequestTasks> tasks;

  RequestAdminController(
      RequestRows rows,
      RequestSteps steps,
      Timeline timeline,
      DsrKeys keys,
      AuditTrail audit,
      ObjectProvider<RecordReview> review,
      ObjectProvider<RequestTasks> tasks) {
    this.rows = rows;
    this.steps = steps;
    this.timeline = timeline;
    this.keys = keys;
    this.audit = audit;
    this.review = review;
    this.tasks = tasks;
  }

  @GetMapping
  String page(@PathVariable UUID id, Authentication caller, Model model) {
    RequestRow row = rows.find(id).orElseThrow(() -> RequestJson.notFound(id));
    audit.record(
        AuditActor.of(caller.getName())
            .did(DsrAuditAction.DSR_READ, "dsr-request", id.toString(), Outcome.SUCCESS));
    model.addAttribute("r", row);
    model.addAttribute(
        "contact", row.contact() == null ? null : keys.decrypt(id, "contact", row.contact()));
    model.addAttribute(
        "description",
        row.description() == null ? null : keys.decrypt(id, "description", row.description()));
    model.addAttribute("timeline", timeline.of(id));
    RequestDetail detail = RequestDetail.of(RequestView.of(row), tasks.getIfAvailable());
    model.addAttribute("tasks", detail.tasks());
    model.addAttribute("notices", detail.notices());
    model.addAttribute("grounds", DenialGround.values());
    model.addAttribute("me", StepRecorder.label(AuditActor.of(caller.getName())));
    model.addAttribute("withheld", withheld(row, caller.getName()));
    for (Step step : Step.values()) {
      model.addAttribute("can_" + step.name(), Transitions.allowed(row.state(), step));
    }
    return "admin/request";
  }

  /**
   * Art. 15(4): for an access request of a known person, their records that may mention others,
   * withheld from the package until released here. Empty otherwise.
   */
  private List<RecordReview.Flagged> withheld(RequestRow row, String actor) {
    RecordReview reviewing = review.getIfAvailable();
    if (row.subjectId() == null
        || reviewing == null
        || !row.rights().contains(Right.ACCESS.code())) {
      return List.of();
    }
    return reviewing.flagged(row.subjectId(), actor);
  }

  /** Releases one withheld record of the request's person into their package (audited). */
  @PostMapping("/release")
  String release(
      @PathVariable UUID id,
      @RequestParam UUID record,
      Authentication caller,
      RedirectAttributes redirect) {
    RequestRow row = rows.find(id).orElseThrow(() -> RequestJson.notFound(id));
    RecordReview reviewing = review.getIfAvailable();
    if (row.subjectId() == null
        || reviewing == null
        || !reviewing.release(row.subjectId(), record, caller.getName())) {
      throw RequestJson.notFound(id);
    }
    redirect.addFlashAttribute("done", "release");
    return "redirect:/admin/requests/" + id;
  }

  @PostMapping("/{action}")
  String act(
      @PathVariable UUID id,
      @PathVariable String action,
      @RequestParam(required = false) @Nullable String method,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(required = false) @Nullable String ground,
      Authentication caller,
      RedirectAttributes redirect) {
    AuditActor actor = AuditActor.of(caller.getName());
    try {
      switch (action) {
        case "assign-me" -> steps.assign(id, StepRecorder.label(actor), actor);
        case "unassign" -> steps.assign(id, "", actor);
        case "send-code" -> steps.sendCode(id, actor);
        case "verify" ->
            steps.verifyManually(
                id,
                RequestsApiController.required("method", method),
                RequestsApiController.required("reason", reason),
                actor);
        case "start" -> steps.start(id, actor);
        case "extend" -> steps.extend(id, RequestsApiController.required("reason", reason), actor);
        case "fulfil" -> steps.fulfil(id, actor);
        case "deny" ->
            steps.deny(
                id,
                DenialGround.ofCode(ground == null ? "" : ground)
                    .orElseThrow(() -> RequestsApiController.invalid("ground", "Choose a ground.")),
                RequestsApiController.required("reason", reason),
                actor);
        case "withdraw" -> steps.withdraw(id, actor);
        default -> throw RequestJson.notFound(id);
      }
      redirect.addFlashAttribute("done", action);
    } catch (ApiProblem problem) {
      redirect.addFlashAttribute("problem", problem);
    }
    return "redirect:/admin/requests/" + id;
  }
}
