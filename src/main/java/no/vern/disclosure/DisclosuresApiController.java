package no.vern.disclosure;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.mail.Language;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The disclosure register's API (docs/disclosures.md). Systems that send a person's data somewhere
 * (address updates, credit reports, court filings, a report to Økokrim) record it here; the DPO
 * reads the whole register of a person, confidential entries marked with their ground; the case
 * handler reads only what the person is told ({@code ?audience=person}).
 */
@RestController
class DisclosuresApiController {

  record Batch(@Nullable List<DisclosureReport> disclosures) {}

  record Register(UUID subject, List<DisclosureRow> disclosures) {}

  record ToldToPerson(UUID subject, String language, List<DisclosuresForPerson.Told> disclosures) {}

  private final DisclosureReports reports;
  private final DisclosureRegister register;
  private final DisclosuresForPerson person;
  private final SubjectRegistry registry;
  private final PersonalDataRecords records;

  DisclosuresApiController(
      DisclosureReports reports,
      DisclosureRegister register,
      DisclosuresForPerson person,
      SubjectRegistry registry,
      PersonalDataRecords records) {
    this.records = records;
    this.reports = reports;
    this.register = register;
    this.person = person;
    this.registry = registry;
  }

  @PostMapping("/api/v1/disclosures")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','INTEGRATOR')")
  ResponseEntity<Map<String, UUID>> record(
      @RequestBody DisclosureReport body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
      Authentication caller) {
    UUID id =
        reports.one(
            body, caller.getName(), DisclosureIdempotency.of(key, "POST /disclosures", body));
    return ResponseEntity.created(URI.create("/api/v1/disclosures/" + id)).body(Map.of("id", id));
  }

  @PostMapping("/api/v1/disclosures/batch")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','INTEGRATOR')")
  ResponseEntity<Map<String, List<UUID>>> batch(
      @RequestBody Batch body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
      Authentication caller) {
    var claim = DisclosureIdempotency.of(key, "POST /disclosures/batch", body);
    return ResponseEntity.status(201)
        .body(Map.of("ids", reports.batch(body.disclosures(), caller.getName(), claim)));
  }

  /**
   * The whole register of a person for the DPO; {@code audience=person} gives what the person is
   * told, which case handlers may read too. The role is checked before the subject is looked up.
   */
  @GetMapping("/api/v1/subjects/{id}/disclosures")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
  Object list(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String audience,
      @RequestParam(required = false) @Nullable String lang,
      Authentication caller) {
    boolean forPerson = "person".equals(audience);
    if (audience != null && !forPerson && !"dpo".equals(audience)) {
      throw new ApiProblem(
          CommonProblem.INVALID_PARAMETER,
          "audience is person, dpo or left out.",
          List.of(new FieldError("audience", "invalid", "Use person or dpo.")));
    }
    if (!forPerson && !DisclosureRegister.mayReadAll(caller)) {
      throw new ApiProblem(
          CommonProblem.FORBIDDEN,
          "Only the DPO and administrators read the whole register; use audience=person.");
    }
    SubjectId subject =
        registry
            .current(new SubjectId(id))
            // Outside the caller's need-to-know scope: answered as an unknown id (issue 18).
            .filter(s -> records.visibleTo(s, caller.getName()))
            .orElseThrow(
                () -> new ApiProblem(CommonProblem.NOT_FOUND, "No data subject has this id."));
    if (forPerson) {
      String language = Language.of(lang == null ? "nb" : lang).orElse(Language.NB).tag();
      return new ToldToPerson(
          subject.value(), language, person.of(subject, language, caller.getName()));
    }
    return new Register(subject.value(), register.of(subject, caller.getName()));
  }
}
