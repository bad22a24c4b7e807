package no.vern.breach;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.web.CallerRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register for the DPO: every breach with the time left of its 72 hours, a form to record one,
 * a breach's page (its facts, the assessment, notifications given, who may be affected) and the
 * printable notification for Datatilsynet. A refused form is shown again with each mistake.
 */
@Controller
@RequestMapping("/admin/breaches")
@PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
class BreachesAdminController {

  private final Breaches breaches;
  private final AffectedPeople affected;
  private final SubjectNotices notices;
  private final DocumentPage documents;
  private final AuditTrail audit;
  private final Clock clock;

  BreachesAdminController(
      Breaches breaches,
      AffectedPeople affected,
      SubjectNotices notices,
      DocumentPage documents,
      AuditTrail audit,
      Clock clock) {
    this.breaches = breaches;
    this.affected = affected;
    this.notices = notices;
    this.documents = documents;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String list(Authentication caller, Model model) {
    List<BreachRow> all = breaches.all();
    List<UUID> notified = breaches.notifiedToAuthority(all);
    model.addAttribute(
        "breaches",
        all.stream()
            .map(b -> BreachLine.of(b, clock.instant(), notified.contains(b.id())))
            .toList());
    model.addAttribute("canWrite", canWrite(caller));
    model.addAttribute("now", BreachForms.local(clock.instant()));
    return "admin/breaches";
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  String record(@RequestParam Map<String, String> form, Authentication caller, Model model) {
    try {
      BreachRow b = breaches.record(BreachForms.breach(form), caller.getName());
      return "redirect:/admin/breaches/" + b.id() + "?recorded";
    } catch (ApiProblem refused) {
      model.addAttribute("errors", refused.errors());
      model.addAttribute("form", form);
      return list(caller, model);
    }
  }

  @GetMapping("/{id}")
  String page(
      @PathVariable UUID id,
      @RequestParam(name = "activity", required = false) @Nullable List<String> activities,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(name = "import", required = false) @Nullable String importId,
      @RequestParam(required = false) @Nullable String recipient,
      Authentication caller,
      Model model) {
    BreachRow b = breaches.one(id);
    List<NotificationRow> sent = breaches.notifications(id);
    model.addAttribute("b", b);
    model.addAttribute("line", BreachLine.of(b, clock.instant(), sent));
    model.addAttribute("notifications", sent);
    model.addAttribute("told", notices.toldCount(id));
    model.addAttribute("canWrite", canWrite(caller));
    model.addAttribute("awareLocal", BreachForms.local(b.awareAt()));
    model.addAttribute("fromLocal", BreachForms.local(b.occurredFrom()));
    model.addAttribute("toLocal", BreachForms.local(b.occurredTo()));
    model.addAttribute("now", BreachForms.local(clock.instant()));
    boolean searching =
        (activities != null && !activities.isEmpty()) || importId != null || recipient != null;
    if (searching && canWrite(caller)) {
      try {
        model.addAttribute(
            "found",
            affected.find(
                id,
                new AffectedQuery(
                    activities,
                    BreachForms.at(from),
                    BreachForms.at(to),
                    importId == null || importId.isBlank() ? null : importId,
                    recipient == null || recipient.isBlank() ? null : recipient),
                true,
                caller.getName()));
      } catch (ApiProblem refused) {
        model.addAttribute("searchErrors", refused.errors());
      }
    }
    return "admin/breach";
  }

  @PostMapping("/{id}")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  String update(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Authentication caller,
      Model model) {
    try {
      breaches.update(id, BreachForms.breach(form), caller.getName());
      return "redirect:/admin/breaches/" + id + "?updated";
    } catch (ApiProblem refused) {
      model.addAttribute("errors", refused.errors());
      return page(id, null, null, null, null, null, caller, model);
    }
  }

  @PostMapping("/{id}/notifications")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  String notification(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Authentication caller,
      Model model) {
    try {
      breaches.notify(id, BreachForms.notification(form), caller.getName());
      return "redirect:/admin/breaches/" + id + "?notified";
    } catch (ApiProblem refused) {
      model.addAttribute("notificationErrors", refused.errors());
      model.addAttribute("notificationDetail", refused.getMessage());
      return page(id, null, null, null, null, null, caller, model);
    }
  }

  /** Art. 34 notices to the people found by the same criteria as the search, each once. */
  @PostMapping("/{id}/subject-notices")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  String notices(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Authentication caller,
      Model model) {
    java.util.Map<String, NoticeRequest.Text> texts = new java.util.LinkedHashMap<>();
    for (String language : List.of("nb", "en")) {
      NoticeRequest.Text t =
          new NoticeRequest.Text(
              BreachForms.text(form, language + ".whatHappened"),
              BreachForms.text(form, language + ".consequences"),
              BreachForms.text(form, language + ".measures"),
              BreachForms.text(form, language + ".advice"));
      boolean any =
          t.whatHappened() != null
              || t.consequences() != null
              || t.measures() != null
              || t.advice() != null;
      if (any || language.equals("nb")) {
        texts.put(language, t);
      }
    }
    String activity = BreachForms.text(form, "activity");
    NoticeRequest request =
        new NoticeRequest(
            activity == null ? null : List.of(activity),
            BreachForms.at(form.get("from")),
            BreachForms.at(form.get("to")),
            BreachForms.text(form, "import"),
            BreachForms.text(form, "recipient"),
            texts);
    try {
      SubjectNotices.Result r = notices.send(id, request, caller.getName());
      return "redirect:/admin/breaches/"
          + id
          + "?told="
          + r.told()
          + "&alreadyTold="
          + r.alreadyTold()
          + "&withoutAddress="
          + r.withoutAddress();
    } catch (ApiProblem refused) {
      model.addAttribute("noticeErrors", refused.errors());
      model.addAttribute("noticeDetail", refused.getMessage());
      return page(id, null, null, null, null, null, caller, model);
    }
  }

  /** Printable; Bokmål, the language of Datatilsynet's form, unless {@code ?lang=en}. */
  @GetMapping("/{id}/document")
  String document(
      @PathVariable UUID id,
      @RequestParam(name = "language", defaultValue = "nb") String language,
      Authentication caller,
      Model model) {
    BreachRow b = breaches.one(id);
    Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nb");
    Map<String, Object> doc = BreachDocument.of(b, breaches.notifications(id), clock);
    audit.record(
        AuditActor.of(caller.getName())
            .did(
                BreachAuditAction.BREACH_DOCUMENT_READ,
                "breach",
                id.toString(),
                AuditRecord.Outcome.SUCCESS));
    model.addAttribute("b", b);
    model.addAttribute("doc", doc);
    model.addAttribute("rows", documents.rows(doc, b, locale));
    model.addAttribute("language", locale.getLanguage());
    model.addAttribute("title", documents.msg("breach.doc.title", locale));
    model.addAttribute("lead", documents.msg("breach.doc.lead", locale));
    model.addAttribute("phase", documents.msg("breach.doc.phase." + doc.get("phase"), locale));
    model.addAttribute("preparedLabel", documents.msg("breach.doc.prepared", locale));
    model.addAttribute("prepared", no.vern.breach.domain.BreachClock.shown(clock.instant()));
    model.addAttribute("notifyByLabel", documents.msg("breach.doc.notifyBy", locale));
    model.addAttribute("notifyBy", no.vern.breach.domain.BreachClock.shown(b.notifyBy()));
    return "admin/breach-document";
  }

  private static boolean canWrite(Authentication caller) {
    return CallerRoles.any(caller, "ADMIN", "DPO");
  }
}
