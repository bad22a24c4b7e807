package no.vern.subject;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import no.vern.shared.VernSettings;
import no.vern.shared.time.ShownTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Who has looked at this person", linked from the person's page: the reads of their data from the
 * audit trail, newest first, 50 to a page (keyset: {@code before} is the last entry shown). Opening
 * it is itself a read ({@code SUBJECT_READERS_VIEWED}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class SubjectReadsAdminController {

  /** A line of the page, with the time in VERN_TIME_ZONE and roles as names. */
  record Line(
      String at, String actorType, @Nullable String name, List<String> roles, String action) {}

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;
  private final WhoLooked whoLooked;

  private final DateTimeFormatter time;

  SubjectReadsAdminController(
      SubjectRegistry registry,
      PersonalDataRecords records,
      WhoLooked whoLooked,
      VernSettings settings) {
    this.time = ShownTimes.seconds(settings.timeZone());
    this.registry = registry;
    this.records = records;
    this.whoLooked = whoLooked;
  }

  @GetMapping("/admin/subjects/{id}/reads")
  String reads(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable Long before,
      Authentication caller,
      Model model) {
    SubjectId subject =
        registry
            .current(new SubjectId(id))
            // Outside the caller's scope (issue 18): as unknown, the attempt audited.
            .filter(s -> records.visibleTo(s, caller.getName()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!subject.value().equals(id)) {
      return "redirect:/admin/subjects/" + subject + "/reads";
    }
    List<WhoLooked.Look> looks = whoLooked.of(subject, caller.getName(), before, WhoLooked.PAGE);
    model.addAttribute("subject", subject.value());
    model.addAttribute(
        "lines",
        looks.stream()
            .map(
                l ->
                    new Line(
                        time.format(l.at()),
                        l.actorType(),
                        l.name(),
                        l.roles().stream().sorted().map(Enum::name).toList(),
                        l.action()))
            .toList());
    model.addAttribute(
        "older", looks.size() == WhoLooked.PAGE ? looks.get(looks.size() - 1).entry() : null);
    return "admin/subject-reads";
  }
}
