package no.vern.retention;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.retention.DueRecords.Waiting;
import no.vern.retention.Forecasts.Forecast;
import no.vern.retention.Holds.Hold;
import no.vern.retention.PurgeCertificate.Certificate;
import no.vern.retention.PurgeCertificate.Evidence;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sweeps, their certificates, legal holds, the forecast and the waiting list (docs/retention.md).
 */
@RestController
class RetentionApiController {

  /** A run's answer: the evidence, and the signed certificate it came from. */
  record SweepAnswer(Evidence evidence, Certificate certificate, boolean verified) {}

  record Lift(@Nullable String reason) {}

  private final Sweeper sweeper;
  private final SweepRuns runs;
  private final JdbcLegalHolds holds;
  private final Forecasts forecasts;
  private final no.vern.audit.EvidenceSigner signer;
  private final AuditTrail audit;
  private final Impact impact;

  RetentionApiController(
      Sweeper sweeper,
      SweepRuns runs,
      JdbcLegalHolds holds,
      Forecasts forecasts,
      no.vern.audit.EvidenceSigner signer,
      AuditTrail audit,
      Impact impact) {
    this.impact = impact;
    this.sweeper = sweeper;
    this.runs = runs;
    this.holds = holds;
    this.forecasts = forecasts;
    this.signer = signer;
    this.audit = audit;
  }

  @PostMapping("/api/v1/retention/sweeps")
  @PreAuthorize("hasRole('ADMIN')")
  SweepAnswer sweep(Authentication caller) {
    return answer(sweeper.run(caller.getName()));
  }

  @GetMapping("/api/v1/retention/sweeps/{id}/certificate")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  SweepAnswer certificate(@PathVariable UUID id, Authentication caller) {
    String json =
        runs.find(id)
            .map(SweepRuns.Run::certificate)
            .orElseThrow(
                () ->
                    new ApiProblem(CommonProblem.NOT_FOUND, "No finished sweep run has this id."));
    audit.record(
        AuditActor.of(caller.getName())
            .did(
                RetentionAuditAction.CERTIFICATE_READ,
                "retention-sweep",
                id.toString(),
                Outcome.SUCCESS));
    return answer(PurgeCertificate.read(json));
  }

  @PostMapping("/api/v1/retention/holds")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  ResponseEntity<Hold> hold(@RequestBody JdbcLegalHolds.Request body, Authentication caller) {
    Hold hold = holds.place(body, caller.getName());
    return ResponseEntity.created(URI.create("/api/v1/retention/holds/" + hold.id())).body(hold);
  }

  @GetMapping("/api/v1/retention/holds")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  List<Hold> holds() {
    return holds.list();
  }

  @DeleteMapping("/api/v1/retention/holds/{id}")
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  ResponseEntity<Void> lift(
      @PathVariable UUID id,
      @RequestBody(required = false) @Nullable Lift body,
      @RequestParam(required = false) @Nullable String reason,
      Authentication caller) {
    holds.lift(
        id, body != null && body.reason() != null ? body.reason() : reason, caller.getName());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/retention/forecast")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  Forecast forecast(@RequestParam(defaultValue = "28") int days) {
    return forecasts.forecast(days);
  }

  /** What a candidate inventory would make due, before it is activated (docs/retention.md). */
  @PostMapping(
      path = "/api/v1/retention/impact",
      consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json"})
  @PreAuthorize("hasAnyRole('ADMIN','DPO')")
  Impact.Preview impact(
      @RequestBody String document,
      @org.springframework.web.bind.annotation.RequestHeader(
              org.springframework.http.HttpHeaders.CONTENT_TYPE)
          String contentType) {
    return impact.of(
        document, no.vern.inventory.InventoryDocuments.Format.forMediaType(contentType));
  }

  @GetMapping("/api/v1/retention/waiting")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  List<Waiting> waiting() {
    return forecasts.waiting();
  }

  private SweepAnswer answer(Certificate c) {
    return new SweepAnswer(PurgeCertificate.evidence(c), c, PurgeCertificate.verifies(c, signer));
  }
}
