package no.vern.cookie.log;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cookies/consents?from=&to=}: the log of a period as CSV, for the DPO and
 * auditors. No {@code produces} on the mapping: a caller without the role must get its 401 or 403,
 * not a 406 for its Accept header before the role is checked.
 */
@RestController
class CookiesApiController {

  private final CookieLogReads reads;

  CookiesApiController(CookieLogReads reads) {
    this.reads = reads;
  }

  @GetMapping("/api/v1/cookies/consents")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  ResponseEntity<String> export(
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to,
      Authentication caller) {
    ExportPeriod period = ExportPeriod.parse(from, to);
    return csv(ChoicesCsv.of(reads.export(period.from(), period.to(), caller.getName())), period);
  }

  static ResponseEntity<String> csv(String body, ExportPeriod period) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(period.filename()).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
