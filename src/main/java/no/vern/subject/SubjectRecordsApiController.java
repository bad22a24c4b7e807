package no.vern.subject;

import java.util.List;
import java.util.UUID;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything Vern holds about one subject, for case handlers' systems: every record with its data.
 * A read of personal data, audited as {@code SUBJECT_RECORDS_READ} with the subject id. Only the
 * records in the caller's need-to-know scope; a person outside it is answered as unknown.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class SubjectRecordsApiController {

  /**
   * {@code subject} is the current subject: a merged id answers with the one it was merged into.
   */
  record SubjectRecords(UUID subject, List<RecordJson> records) {}

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;

  SubjectRecordsApiController(SubjectRegistry registry, PersonalDataRecords records) {
    this.registry = registry;
    this.records = records;
  }

  @GetMapping("/api/v1/subjects/{id}/records")
  SubjectRecords records(@PathVariable UUID id, Authentication caller) {
    SubjectId subject =
        registry
            .current(new SubjectId(id))
            .filter(s -> records.visibleTo(s, caller.getName()))
            // Outside the caller's scope: answered as an unknown id (issue 18).
            .orElseThrow(
                () -> new ApiProblem(CommonProblem.NOT_FOUND, "No data subject has this id."));
    List<RecordJson> found =
        records.ofSubject(subject, caller.getName()).stream().map(RecordJson::of).toList();
    return new SubjectRecords(subject.value(), found);
  }
}
