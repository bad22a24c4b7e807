package no.vern.subject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who has looked at one person, for the same roles as the admin page: the reads of their data from
 * the audit trail, newest first, with staff and tokens by name. Reading it is itself a read ({@code
 * SUBJECT_READERS_VIEWED}).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class SubjectReadsApiController {

  /** {@code nextBefore}: pass as {@code before} for the next (older) page; null on the last. */
  record Reads(UUID subject, List<Read> reads, @Nullable Long nextBefore) {}

  /** {@code name} and {@code roles} are the user's or token's; null and empty for anyone else. */
  record Read(
      long entry,
      Instant at,
      String actorType,
      @Nullable String name,
      List<String> roles,
      String action) {}

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;
  private final WhoLooked whoLooked;

  SubjectReadsApiController(
      SubjectRegistry registry, PersonalDataRecords records, WhoLooked whoLooked) {
    this.registry = registry;
    this.records = records;
    this.whoLooked = whoLooked;
  }

  @GetMapping("/api/v1/subjects/{id}/reads")
  Reads reads(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable Long before,
      @RequestParam(defaultValue = "50") int limit,
      Authentication caller) {
    SubjectId subject =
        registry
            .current(new SubjectId(id))
            // Outside the caller's scope (issue 18): as unknown, the attempt audited.
            .filter(s -> records.visibleTo(s, caller.getName()))
            .orElseThrow(
                () -> new ApiProblem(CommonProblem.NOT_FOUND, "No data subject has this id."));
    int size = Math.max(1, Math.min(limit, 500));
    List<Read> reads =
        whoLooked.of(subject, caller.getName(), before, size).stream()
            .map(
                l ->
                    new Read(
                        l.entry(),
                        l.at(),
                        l.actorType(),
                        l.name(),
                        l.roles().stream().sorted().map(Enum::name).toList(),
                        l.action()))
            .toList();
    Long next = reads.size() == size ? reads.get(reads.size() - 1).entry() : null;
    return new Reads(subject.value(), reads, next);
  }
}
