package no.vern.inventory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import no.vern.inventory.InventoryDocuments.Format;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inventory for integrators: read the active document and its versions, replace it. */
@RestController
@RequestMapping("/api/v1/inventory")
@PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
class InventoryApiController {

  /** The answer to a replacement; {@code warnings} never block. */
  record Activated(int version, Instant activatedAt, List<FieldError> warnings) {}

  private final VersionedProcessingInventory inventory;

  InventoryApiController(VersionedProcessingInventory inventory) {
    this.inventory = inventory;
  }

  @GetMapping
  ResponseEntity<String> active(
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return InventoryDownloads.document(
        activeVersion(), InventoryMediaTypes.accepted(accept), false);
  }

  /** 201 with a new version; 200 when the content equals the active version (nothing stored). */
  @PutMapping(
      consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json"})
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  ResponseEntity<Activated> replace(
      @RequestBody String document,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      Authentication principal) {
    var outcome =
        inventory.activate(document, Format.forMediaType(contentType), principal.getName());
    var activation = outcome.activation();
    List<FieldError> errors = fieldErrors(activation.problems(), true);
    if (!activation.accepted()) {
      boolean syntax =
          errors.stream().anyMatch(e -> e.code().equals("syntax") || e.code().equals("empty"));
      throw syntax
          ? new ApiProblem(
              CommonProblem.MALFORMED_BODY, "The inventory document cannot be read.", errors)
          : new ApiProblem(
              CommonProblem.UNPROCESSABLE,
              "The inventory has " + errors.size() + " problem(s); nothing was activated.",
              errors);
    }
    InventoryVersion version = activation.activated().orElseThrow();
    var body =
        new Activated(
            version.number(), version.activatedAt(), fieldErrors(activation.problems(), false));
    if (!outcome.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/v1/inventory/versions/" + version.number()))
        .body(body);
  }

  @GetMapping("/versions")
  List<InventoryVersion.Summary> versions() {
    return inventory.versions();
  }

  @GetMapping("/versions/{number}")
  ResponseEntity<String> version(
      @PathVariable int number,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    InventoryVersion version =
        inventory
            .version(number)
            .orElseThrow(
                () ->
                    new ApiProblem(
                        CommonProblem.NOT_FOUND, "There is no inventory version " + number + "."));
    return InventoryDownloads.document(version, InventoryMediaTypes.accepted(accept), false);
  }

  @GetMapping("/schema")
  ResponseEntity<String> schema() {
    return ResponseEntity.ok().contentType(InventorySchema.MEDIA_TYPE).body(InventorySchema.TEXT);
  }

  /** JSON-LD (W3C DPV) by default; CSV by {@code Accept: text/csv} or {@code ?format=csv}. */
  @GetMapping("/record-of-processing")
  ResponseEntity<String> recordOfProcessing(
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String lang) {
    boolean csv =
        "csv".equalsIgnoreCase(format) || (format == null && InventoryMediaTypes.wantsCsv(accept));
    return InventoryDownloads.recordOfProcessing(
        activeVersion(), csv, InventoryDownloads.language(lang), false);
  }

  private InventoryVersion activeVersion() {
    return inventory
        .active()
        .orElseThrow(
            () ->
                new ApiProblem(
                    CommonProblem.NOT_FOUND,
                    "No inventory is active yet. PUT one to /api/v1/inventory."));
  }

  private static List<FieldError> fieldErrors(List<Problem> problems, boolean blocking) {
    return problems.stream()
        .filter(p -> p.blocking() == blocking)
        .map(p -> new FieldError(p.path(), p.code(), p.message()))
        .toList();
  }
}
