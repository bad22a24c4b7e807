package no.vern.intake.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import no.vern.intake.idempotency.Idempotency;
import no.vern.intake.idempotency.IdempotencyKey;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of records from a CSV file (issue 4, item 4), sent as the body ({@code text/csv}) or
 * as the {@code file} part of a form. Both are read as a stream, never whole into memory.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','INTEGRATOR')")
class ImportsApiController {

  private final RecordImport imports;
  private final Idempotency idempotency;

  ImportsApiController(RecordImport imports, Idempotency idempotency) {
    this.imports = imports;
    this.idempotency = idempotency;
  }

  @PostMapping(path = "/api/v1/imports", consumes = "text/csv")
  ResponseEntity<?> csv(
      @RequestParam(required = false) String activity,
      @RequestParam(required = false) String source,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      HttpServletRequest request,
      Authentication caller)
      throws IOException {
    try (InputStream body = request.getInputStream()) {
      return run(activity, source, key, body, caller);
    }
  }

  @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> multipart(
      @RequestParam(required = false) String activity,
      @RequestParam(required = false) String source,
      @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
      @RequestPart(name = "file", required = false) MultipartFile file,
      Authentication caller)
      throws IOException {
    if (file == null) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "Send the CSV file in a part named file.",
          List.of(new FieldError("file", "required", "Add a part named file.")));
    }
    try (InputStream body = file.getInputStream()) {
      return run(activity, source, key, body, caller);
    }
  }

  private ResponseEntity<?> run(
      String activity, String source, String key, InputStream body, Authentication caller)
      throws IOException {
    if (key == null) {
      return ResponseEntity.ok(imports.run(activity, source, body, caller.getName()));
    }
    return idempotency.imports(
        key,
        caller.getName(),
        activity,
        source,
        body,
        (digested, id, progress) ->
            imports.run(id, activity, source, digested, caller.getName(), progress));
  }
}
