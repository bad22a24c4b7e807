package no.vern.intake.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import no.vern.intake.imports.ImportLog;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What {@link Idempotency} answers a repeated key with (the stored answer, or a problem saying why
 * not), and the fingerprint a request is compared by: SHA-256 over the operation and the request.
 */
final class IdempotencyAnswers {

  private IdempotencyAnswers() {}

  static ResponseEntity<?> replay(IdempotencyKeys.Stored stored) {
    var answer = ResponseEntity.status(stored.status()).contentType(MediaType.APPLICATION_JSON);
    if (stored.location() != null) {
      answer.header("Location", stored.location());
    }
    return answer.body(stored.responseBody());
  }

  static ApiProblem reused() {
    return new ApiProblem(
        CommonProblem.UNPROCESSABLE,
        "This Idempotency-Key was used for a different request. Use a new key for a new request.");
  }

  static ApiProblem inProgress() {
    return new ApiProblem(
        CommonProblem.CONFLICT,
        "A request with this Idempotency-Key is still being processed. Retry later with the same"
            + " key to get its answer.");
  }

  static ApiProblem interruptedImport(ImportLog.Counts counts) {
    return new ApiProblem(
        CommonProblem.CONFLICT,
        "The import with this Idempotency-Key stopped before the end of its file"
            + (counts == null
                ? ""
                : " after storing "
                    + counts.imported()
                    + " rows ("
                    + counts.failed()
                    + " failed); its records carry import id "
                    + counts.id())
            + ". Send the rows it did not store under a new key.");
  }

  static MessageDigest fingerprint(String operation) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(operation.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      return digest;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No SHA-256 in this JDK", e);
    }
  }
}
