package no.vern.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.problem.ProblemType;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into RFC 9457 problem+json with a stable type and a detail
 * that says what to fix. Spring's own exceptions (wrong method, media type, missing parameter)
 * arrive through {@link ResponseEntityExceptionHandler} and get Vern's types here. Pages for people
 * (the admin UI) are handed to the error page instead, see {@link ErrorAnswers}.
 */
@RestControllerAdvice
class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<Object> apiProblem(ApiProblem problem, HttpServletRequest request) {
    return ErrorAnswers.answer(
        request, problem.type(), problem.type().status(), problem.getMessage(), problem.errors());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
    var error = new FieldError(e.getName(), "type", "must be a valid " + expected);
    String detail = "Parameter '" + e.getName() + "' has the wrong type.";
    return ErrorAnswers.answer(request, CommonProblem.INVALID_PARAMETER, detail, List.of(error));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolation(
      ConstraintViolationException e, HttpServletRequest request) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    new FieldError(
                        lastNode(v.getPropertyPath().toString()), "invalid", v.getMessage()))
            .toList();
    return ErrorAnswers.answer(
        request, CommonProblem.VALIDATION_FAILED, "The request has invalid values.", errors);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Object> status(ResponseStatusException e, HttpServletRequest request) {
    ProblemType type = ErrorAnswers.typeFor(e.getStatusCode());
    String detail = e.getReason() != null ? e.getReason() : type.title() + ".";
    return ErrorAnswers.answer(request, type, e.getStatusCode(), detail, List.of());
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<Object> unauthenticated(AuthenticationException e, HttpServletRequest request) {
    String detail = "Send a valid API token as 'Authorization: Bearer <token>'.";
    return ErrorAnswers.answer(request, CommonProblem.UNAUTHENTICATED, detail, List.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> forbidden(AccessDeniedException e, HttpServletRequest request) {
    String detail = "Your roles do not allow this. Ask an administrator for the role it needs.";
    return ErrorAnswers.answer(request, CommonProblem.FORBIDDEN, detail, List.of());
  }

  /** Parts Tomcat could not read: no boundary, an empty one, a body cut short. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> multipart(MultipartException e, HttpServletRequest request) {
    return ErrorAnswers.answer(
        request, CommonProblem.MALFORMED_BODY, MalformedBody.MULTIPART, List.of());
  }

  /** Parameters Tomcat refused where {@link ParameterGuard} does not look (multipart fields). */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<Object> invalidParameters(
      InvalidParameterException e, HttpServletRequest request) {
    if (e.getErrorCode() == 413) {
      return ErrorAnswers.answer(
          request, CommonProblem.BODY_TOO_LARGE, BodySizeLimit.detail(request), List.of());
    }
    return ErrorAnswers.answer(
        request, CommonProblem.MALFORMED_BODY, MalformedBody.MULTIPART, List.of());
  }

  /** The firewall's lazy checks (a header read by a controller); its message quotes the value. */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<Object> rejected(RequestRejectedException e, HttpServletRequest request) {
    return ErrorAnswers.answer(
        request,
        CommonProblem.VALIDATION_FAILED,
        "A header of the request holds characters Vern does not accept.",
        List.of());
  }

  /**
   * The last line behind the checks where values are read: a value PostgreSQL refuses to store (a
   * NUL in text, a date out of its range) is the caller's mistake, and the transaction it failed in
   * has been rolled back, so nothing is half-stored.
   */
  @ExceptionHandler(DataAccessException.class)
  ResponseEntity<Object> dataAccess(DataAccessException e, HttpServletRequest request) {
    if (!StoredValueRefusal.isCausedBy(e)) {
      return unexpected(e, request);
    }
    return ErrorAnswers.answer(
        request, CommonProblem.VALIDATION_FAILED, StoredValueRefusal.DETAIL, List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
    // The cause goes to the log under the correlation id, by type and place only: messages of
    // parsers and drivers quote the input. The caller learns no internals.
    log.error("Unhandled error", LogSafe.withoutMessages(e));
    String detail =
        "Vern could not complete the request. Quote the correlation id when reporting it.";
    return ErrorAnswers.answer(request, CommonProblem.INTERNAL, detail, List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldError(f.getField(), codeOf(f.getCode()), f.getDefaultMessage()))
            .toList();
    String detail = "The request has invalid values.";
    return ErrorAnswers.answer(
        ErrorAnswers.servlet(request), CommonProblem.VALIDATION_FAILED, detail, errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    HttpServletRequest servlet = ErrorAnswers.servlet(request);
    if (e.getMostSpecificCause() instanceof StorableValues.Refused refused) {
      var error = new FieldError(JsonPaths.of(refused), refused.code, refused.reason);
      return ErrorAnswers.answer(
          servlet,
          CommonProblem.VALIDATION_FAILED,
          "The request has invalid values.",
          List.of(error));
    }
    if (BodySizeLimit.causedBy(e)) {
      return ErrorAnswers.answer(
          servlet, CommonProblem.BODY_TOO_LARGE, BodySizeLimit.detail(servlet), List.of());
    }
    return ErrorAnswers.answer(
        servlet, CommonProblem.MALFORMED_BODY, MalformedBody.describe(e), List.of());
  }

  /** Every other Spring MVC exception: keep its status, headers and detail, give it Vern's type. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemType type = ErrorAnswers.typeFor(status);
    String detail =
        body instanceof ProblemDetail pd && pd.getDetail() != null
            ? pd.getDetail()
            : type.title() + ".";
    ResponseEntity<Object> answer =
        ErrorAnswers.answer(ErrorAnswers.servlet(request), type, status, detail, List.of());
    if (answer == null) {
      return null;
    }
    return ResponseEntity.status(status)
        .headers(headers)
        .headers(answer.getHeaders())
        .body(answer.getBody());
  }

  /** Bean Validation's constraint names, e.g. "NotBlank", become stable codes: "not-blank". */
  private static String codeOf(String constraint) {
    if (constraint == null) {
      return "invalid";
    }
    return constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** "create.request.name" from a method-level violation becomes "name". */
  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
