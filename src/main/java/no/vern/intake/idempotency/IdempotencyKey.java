package no.vern.intake.idempotency;

import java.util.List;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;

/**
 * The value of an {@code Idempotency-Key} header. The IETF draft makes it a structured-field string
 * ({@code "8e03978e-..."}); the bare form without quotes is taken too, since most clients send
 * that. At most 255 printable ASCII characters.
 */
public record IdempotencyKey(String value) {

  public static final String HEADER = "Idempotency-Key";
  private static final int MAX_LENGTH = 255;

  static IdempotencyKey parse(String header) {
    String value = header.strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    if (value.isEmpty()
        || value.length() > MAX_LENGTH
        || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E && c != '"' && c != '\\')) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "The Idempotency-Key header is not usable; nothing was stored.",
          List.of(
              new FieldError(
                  HEADER,
                  "format",
                  "Use 1 to 255 printable ASCII characters without quotes or backslashes,"
                      + " for example a random UUID.")));
    }
    return new IdempotencyKey(value);
  }
}
