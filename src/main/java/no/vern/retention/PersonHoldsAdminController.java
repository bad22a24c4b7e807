package no.vern.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.shared.time.Deadlines;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The legal holds that keep one person's data ({@code /admin/retention/holds?subject=<id>}, linked
 * from the person's page): holds on the person, on one of their records, on an activity they have
 * records in, or on a case reference of their records, in force and lifted. A person outside the
 * reader's scope is answered as an unknown one. The read is audited by subject id.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
class PersonHoldsAdminController {

  private final Holds holds;
  private final SubjectRegistry registry;
  private final PersonalDataRecords records;
  private final AuditTrail audit;
  private final Clock clock;

  PersonHoldsAdminController(
      Holds holds,
      SubjectRegistry registry,
      PersonalDataRecords records,
      AuditTrail audit,
      Clock clock) {
    this.holds = holds;
    this.registry = registry;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/admin/retention/holds")
  String page(
      @RequestParam(required = false) @Nullable String subject,
      Authentication caller,
      Model model) {
    model.addAttribute("canHold", RetentionAdminController.canHold(caller));
    Optional<SubjectId> person =
        Optional.ofNullable(subject)
            .map(RetentionAdminController::uuid)
            .map(SubjectId::new)
            .flatMap(registry::current)
            .filter(s -> records.visibleTo(s, caller.getName()));
    if (person.isEmpty()) {
      model.addAttribute("unknownSubject", true);
      model.addAttribute("holds", List.of());
      return "admin/retention-person-holds";
    }
    UUID id = person.get().value();
    audit.record(
        AuditActor.of(caller.getName())
            .did(
                RetentionAuditAction.PERSON_HOLDS_READ, "subject", id.toString(), Outcome.SUCCESS));
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    model.addAttribute("subject", id);
    model.addAttribute(
        "holds",
        holds.onPerson(id).stream()
            .map(
                h ->
                    new RetentionPageData.HoldRow(
                        h, RetentionPageData.target(h), h.reviewDue(today)))
            .toList());
    return "admin/retention-person-holds";
  }
}
