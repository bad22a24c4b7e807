package no.vern.dsr.access;

import java.util.List;
import java.util.UUID;
import no.vern.dsr.RecordReview;
import no.vern.mail.Language;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case handler's view of a person's access package: {@code GET
 * /api/v1/access-packages/{subject}?lang=nb|en} previews it as JSON; and review before release
 * (Art. 15(4)): {@code GET /api/v1/access-packages/{subject}/review} lists the person's records
 * withheld from their package and the fields that flagged them (names, never values; the record
 * itself is read at {@code /api/v1/records/{id}}); {@code POST
 * /api/v1/access-packages/records/{record}/release} lets one into the package.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class AccessPackagesApiController {

  record Review(UUID subject, List<RecordReview.Flagged> records) {}

  private final AccessReview review;
  private final AccessPackages packages;
  private final SubjectRegistry registry;
  private final PersonalDataRecords records;

  AccessPackagesApiController(
      AccessReview review,
      AccessPackages packages,
      SubjectRegistry registry,
      PersonalDataRecords records) {
    this.records = records;
    this.review = review;
    this.packages = packages;
    this.registry = registry;
  }

  /**
   * The package as the person would get it now, for the case handler to check before fulfilling the
   * request. The reads are audited under the caller, as any read of a person's data.
   */
  @GetMapping("/api/v1/access-packages/{subject}")
  AccessPackage preview(
      @PathVariable UUID subject,
      @RequestParam(defaultValue = "nb") String lang,
      Authentication caller) {
    String language = Language.of(lang).orElse(Language.NB).tag();
    return packages.of(current(subject, caller), language, caller.getName());
  }

  @GetMapping("/api/v1/access-packages/{subject}/review")
  Review review(@PathVariable UUID subject, Authentication caller) {
    SubjectId current = current(subject, caller);
    return new Review(current.value(), review.flagged(current, caller.getName()));
  }

  /** A person outside the caller's need-to-know scope is answered as unknown (issue 18). */
  private SubjectId current(UUID subject, Authentication caller) {
    return registry
        .current(new SubjectId(subject))
        .filter(s -> records.visibleTo(s, caller.getName()))
        .orElseThrow(() -> new ApiProblem(CommonProblem.NOT_FOUND, "No data subject has this id."));
  }

  @PostMapping("/api/v1/access-packages/records/{record}/release")
  ResponseEntity<Void> release(@PathVariable UUID record, Authentication caller) {
    if (!review.release(record, caller.getName())) {
      throw new ApiProblem(CommonProblem.NOT_FOUND, "No record has this id.");
    }
    return ResponseEntity.noContent().build();
  }
}
