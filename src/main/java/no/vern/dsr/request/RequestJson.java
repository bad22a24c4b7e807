package no.vern.dsr.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.dsr.DsrProblem;
import no.vern.dsr.domain.Channel;
import no.vern.dsr.domain.RequestState;
import no.vern.dsr.domain.Right;
import no.vern.mail.Language;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;

/**
 * Reads the API's request body field by field, so that every mistake is named at once (a field, a
 * code, what to do) rather than the first one Jackson trips over.
 */
final class RequestJson {

  private RequestJson() {}

  static NewRequest parse(Map<String, Object> body, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    List<Right> rights = new ArrayList<>();
    if (body.get("rights") instanceof List<?> given && !given.isEmpty()) {
      for (Object r : given) {
        Right.ofCode(String.valueOf(r))
            .ifPresentOrElse(
                rights::add,
                () -> errors.add(new FieldError("rights", "unknown", "Unknown right: " + r + ".")));
      }
    } else {
      errors.add(new FieldError("rights", "required", "At least one right, such as access."));
    }
    Map<String, String> identifiers = new LinkedHashMap<>();
    if (body.get("identifiers") instanceof Map<?, ?> ids) {
      ids.forEach((k, v) -> identifiers.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    }
    LocalDate received = today;
    if (body.get("receivedAt") instanceof String date) {
      try {
        received = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("receivedAt", "invalid", "An ISO date, such as 2026-01-31."));
      }
    }
    Channel channel = Channel.CUSTOMER_SERVICE;
    if (body.get("channel") instanceof String code) {
      var known = Channel.ofCode(code);
      if (known.isEmpty()) {
        errors.add(new FieldError("channel", "unknown", "One of letter, phone, email, ..."));
      } else {
        channel = known.get();
      }
    }
    String description = text(body.get("description"), "description", 10_000, errors);
    String controller = text(body.get("controller"), "controller", 100, errors);
    String language =
        Language.of(text(body.get("language"), "language", 10, errors)).orElse(Language.NB).tag();
    if (!errors.isEmpty()) {
      throw new ApiProblem(CommonProblem.VALIDATION_FAILED, "The request is not valid.", errors);
    }
    return new NewRequest(
        rights, identifiers, received, channel, controller, description, language, null);
  }

  static RequestState state(String code) {
    try {
      return RequestState.ofCode(code);
    } catch (IllegalArgumentException e) {
      throw RequestsApiController.invalid("state", "One of received, verifying, open, ...");
    }
  }

  static ApiProblem notFound(UUID id) {
    return new ApiProblem(DsrProblem.REQUEST_NOT_FOUND, "No request " + id + ".");
  }

  private static String text(Object value, String field, int max, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    String text = String.valueOf(value);
    if (text.length() > max) {
      errors.add(new FieldError(field, "too-long", "At most " + max + " characters."));
    }
    return text;
  }
}
