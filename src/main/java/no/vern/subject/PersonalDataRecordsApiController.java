package no.vern.subject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * One record read back ({@code RECORD_READ}), and the Art. 14 step of telling the person about it
 * ({@code RECORD_INFORMED}). Storing records is intake's ({@code POST /api/v1/records}).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class PersonalDataRecordsApiController {

  /** When the person was told; absent means now. */
  record Informed(Instant informedAt) {}

  private final PersonalDataRecords records;
  private final Clock clock;

  PersonalDataRecordsApiController(PersonalDataRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @GetMapping("/api/v1/records/{id}")
  RecordJson record(@PathVariable UUID id, Authentication caller) {
    return records
        .record(new RecordId(id), caller.getName())
        .map(RecordJson::of)
        .orElseThrow(PersonalDataRecordsApiController::noSuchRecord);
  }

  /** Idempotent: an informed record keeps its first date, and the answer is the same. */
  @PostMapping("/api/v1/records/{id}/informed")
  ResponseEntity<Void> informed(
      @PathVariable UUID id, @RequestBody(required = false) Informed body, Authentication caller) {
    Instant now = clock.instant();
    Instant at = body == null || body.informedAt() == null ? now : body.informedAt();
    if (at.isAfter(now)) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "The request has invalid values.",
          List.of(new FieldError("informedAt", "future", "Must not be in the future.")));
    }
    if (records.markInformed(new RecordId(id), at, caller.getName()) == Marking.NOT_FOUND) {
      throw noSuchRecord();
    }
    return ResponseEntity.noContent().build();
  }

  private static ApiProblem noSuchRecord() {
    return new ApiProblem(CommonProblem.NOT_FOUND, "No personal-data record has this id.");
  }
}
