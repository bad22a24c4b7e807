package no.vern.dsr.request;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.domain.Channel;
import no.vern.dsr.domain.RequestState;
import no.vern.dsr.domain.Right;
import no.vern.mail.Language;
import no.vern.shared.problem.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case handler's queue, sorted by due date in three groups (overdue, due within a week, later),
 * with filters, and the form for requests received by letter, phone or e-mail.
 */
@Controller
@RequestMapping("/admin/requests")
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class RequestsAdminController {

  private final RequestQueue queue;
  private final RequestScope scope;
  private final Requests requests;

  RequestsAdminController(RequestQueue queue, RequestScope scope, Requests requests) {
    this.queue = queue;
    this.scope = scope;
    this.requests = requests;
  }

  @GetMapping
  String queue(
      @RequestParam(required = false) @Nullable String right,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(required = false) @Nullable String controller,
      @RequestParam(required = false) @Nullable String due,
      @RequestParam(required = false) @Nullable UUID subject,
      Authentication caller,
      Model model) {
    LocalDate today = requests.today();
    RequestQueue.DueWindow window = RequestCounters.window(due, today);
    String me = StepRecorder.label(AuditActor.of(caller.getName()));
    String who = "me".equals(assignee) ? me : blankToNull(assignee);
    RequestState wanted = state == null || state.isBlank() ? null : RequestJson.state(state);
    List<RequestRow> rows =
        scope.queue(
            new RequestQueue.Filter(
                blankToNull(right), wanted, who, blankToNull(controller), window, subject),
            caller.getName());
    // Answered and closed requests (shown for one person) have a due date that no longer runs.
    List<RequestRow> open = rows.stream().filter(r -> !r.state().closed()).toList();
    Map<String, List<RequestRow>> groups = new LinkedHashMap<>();
    groups.put("overdue", open.stream().filter(r -> r.dueAt().isBefore(today)).toList());
    groups.put(
        "week",
        open.stream()
            .filter(r -> !r.dueAt().isBefore(today) && r.dueAt().isBefore(today.plusDays(7)))
            .toList());
    groups.put("later", open.stream().filter(r -> !r.dueAt().isBefore(today.plusDays(7))).toList());
    if (subject != null) {
      groups.put("closed", rows.stream().filter(r -> r.state().closed()).toList());
    }
    model.addAttribute("groups", groups);
    model.addAttribute("counts", queue.counts(today));
    model.addAttribute("rights", Right.values());
    model.addAttribute("states", RequestState.values());
    model.addAttribute("controllers", queue.controllers());
    model.addAttribute("me", me);
    model.addAttribute("limit", RequestQueue.LIMIT);
    model.addAttribute("filter", new String[] {right, state, assignee, controller});
    model.addAttribute("due", window == null ? null : due);
    model.addAttribute("subject", subject);
    return "admin/requests";
  }

  @GetMapping("/new")
  String form(Model model) {
    model.addAttribute("rights", Right.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("today", requests.today());
    return "admin/request-new";
  }

  @PostMapping
  String file(
      @RequestParam(required = false) @Nullable List<String> right,
      @RequestParam(required = false) @Nullable String email,
      @RequestParam(required = false) @Nullable String phone,
      @RequestParam(required = false) @Nullable String nationalId,
      @RequestParam(required = false) @Nullable String receivedAt,
      @RequestParam(required = false) @Nullable String channel,
      @RequestParam(required = false) @Nullable String controller,
      @RequestParam(required = false) @Nullable String language,
      @RequestParam(required = false) @Nullable String description,
      Authentication caller,
      RedirectAttributes redirect) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("rights", right == null ? List.of() : right);
    Map<String, String> identifiers = new LinkedHashMap<>();
    putIfGiven(identifiers, "email", email);
    putIfGiven(identifiers, "phone", phone);
    putIfGiven(identifiers, "nationalId", nationalId);
    body.put("identifiers", identifiers);
    if (receivedAt != null && !receivedAt.isBlank()) {
      body.put("receivedAt", receivedAt);
    }
    body.put("channel", channel == null ? "letter" : channel);
    body.put("controller", blankToNull(controller));
    body.put("language", Language.of(language).orElse(Language.NB).tag());
    body.put("description", description);
    try {
      NewRequest request = RequestJson.parse(body, requests.today());
      RequestRow row = requests.file(request, AuditActor.of(caller.getName()));
      return "redirect:/admin/requests/" + row.id() + "?filed";
    } catch (ApiProblem problem) {
      redirect.addFlashAttribute("problem", problem);
      return "redirect:/admin/requests/new";
    }
  }

  private static void putIfGiven(Map<String, String> into, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      into.put(key, value.strip());
    }
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
