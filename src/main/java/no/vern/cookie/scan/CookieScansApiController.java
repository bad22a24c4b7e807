package no.vern.cookie.scan;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scanner's API (docs/cookie-scanner.md): queue a scan of some pages, then read it back. The
 * scan runs on the scheduler, so the answer to the POST is 202 with the scan's address.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class CookieScansApiController {

  record ScanRequest(@Nullable List<String> urls) {}

  private final ScanRequests requests;
  private final CookieScans scans;

  CookieScansApiController(ScanRequests requests, CookieScans scans) {
    this.requests = requests;
    this.scans = scans;
  }

  @PostMapping("/api/v1/cookies/scans")
  ResponseEntity<Map<String, Object>> request(
      @RequestBody ScanRequest body, Authentication caller) {
    UUID id = requests.request(body.urls() == null ? List.of() : body.urls(), caller.getName());
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/cookies/scans/" + id))
        .body(Map.of("id", id, "status", "queued"));
  }

  @GetMapping("/api/v1/cookies/scans")
  List<Map<String, Object>> newest() {
    return scans.newest(50).stream().map(s -> summary(s, false)).toList();
  }

  @GetMapping("/api/v1/cookies/scans/{id}")
  Map<String, Object> one(@PathVariable UUID id) {
    CookieScans.Scan scan =
        scans
            .find(id)
            .orElseThrow(() -> new ApiProblem(CommonProblem.NOT_FOUND, "No scan has this id."));
    return summary(scan, true);
  }

  private Map<String, Object> summary(CookieScans.Scan s, boolean withItems) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.id());
    out.put("status", s.status());
    out.put("requestedAt", s.requestedAt().toString());
    out.put("requestedBy", s.requestedBy());
    out.put("urls", s.urls());
    out.put("startedAt", s.startedAt() == null ? null : s.startedAt().toString());
    out.put("finishedAt", s.finishedAt() == null ? null : s.finishedAt().toString());
    out.put("inventoryVersion", s.inventoryVersion());
    out.put("outcome", s.outcome());
    out.put("failure", s.failure());
    out.put("scanFindings", s.scanFindings());
    out.put("counts", scans.counts(s.id()));
    if (withItems) {
      out.put("pages", ScanPages.parse(s.pagesJson()));
      out.put("items", scans.items(s.id()));
    }
    return out;
  }
}
