package no.vern.intake.records;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import no.vern.intake.idempotency.Idempotency;
import no.vern.intake.idempotency.IdempotencyKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
  private final Idempotency idempotency;

  RecordsApiController(
      RecordValidation validation, RetryingIntake intake, Idempotency idempotency) {
    this.validation = validation;
    this.intake = intake;
    this.idempotency = idempotency;
  }

  @PostMapping("/api/v1/records")
  ResponseEntity<?> create(
      @RequestBody RecordRequest body,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      Authentication caller) {
    if (key == null) {
      return create(body, caller, stored -> {});
    }
    return idempotency.records(
        key,
        caller.getName(),
        body,
        claim ->
            create(
                body,
                caller,
                answer ->
                    claim.complete(
                        HttpStatus.CREATED,
                        answer.getHeaders().getLocation().toString(),
                        answer.getBody())));
  }

  /** {@code alsoInTransaction} gets the answer before the record is committed. */
  private ResponseEntity<RecordCreated> create(
      RecordRequest body,
      Authentication caller,
      Consumer<ResponseEntity<RecordCreated>> alsoInTransaction) {
    RecordCommand command = validation.validate(body);
    RecordIntake.Stored stored =
        intake.store(command, caller.getName(), s -> alsoInTransaction.accept(answer(s, command)));
    return answer(stored, command);
  }

  private static ResponseEntity<RecordCreated> answer(
      RecordIntake.Stored stored, RecordCommand command) {
    return ResponseEntity.created(URI.create("/api/v1/records/" + stored.record()))
        .body(
            new RecordCreated(
                stored.subject().value(), stored.record().value(), command.record().informBy()));
  }
}
