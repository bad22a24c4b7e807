package no.vern.intake;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records from integrators' systems (issue 4, item 4). The answer has the same shape whether the
 * subject was known before or not, so it cannot be used to learn who Vern knows.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','INTEGRATOR')")
class RecordsApiController {

  record RecordCreated(UUID subject, UUID record, LocalDate informBy) {}

  private final RecordValidation validation;
  private final RetryingIntake intake;

  RecordsApiController(RecordValidation validation, RetryingIntake intake) {
    this.validation = validation;
    this.intake = intake;
  }

  @PostMapping("/api/v1/records")
  ResponseEntity<RecordCreated> create(@RequestBody RecordRequest body, Authentication caller) {
    RecordCommand command = validation.validate(body);
    RecordIntake.Stored stored = intake.store(command, caller.getName());
    return ResponseEntity.created(URI.create("/api/v1/records/" + stored.record()))
        .body(
            new RecordCreated(
                stored.subject().value(), stored.record().value(), command.record().informBy()));
  }
}
