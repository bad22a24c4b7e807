package no.vern.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.problem.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
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

  ImportsApiController(RecordImport imports) {
    this.imports = imports;
  }

  @PostMapping(path = "/api/v1/imports", consumes = "text/csv")
  ImportReport csv(
      @RequestParam(required = false) String activity,
      @RequestParam(required = false) String source,
      HttpServletRequest request,
      Authentication caller)
      throws IOException {
    try (InputStream body = request.getInputStream()) {
      return imports.run(activity, source, body, caller.getName());
    }
  }

  @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport multipart(
      @RequestParam(required = false) String activity,
      @RequestParam(required = false) String source,
      @RequestPart(name = "file", required = false) MultipartFile file,
      Authentication caller)
      throws IOException {
    if (file == null) {
      throw new ApiProblem(
          ProblemType.VALIDATION_FAILED,
          "Send the CSV file in a part named file.",
          List.of(new FieldError("file", "required", "Add a part named file.")));
    }
    try (InputStream body = file.getInputStream()) {
      return imports.run(activity, source, body, caller.getName());
    }
  }
}
