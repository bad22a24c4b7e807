package no.vern.audit;

import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The trail for integrators: record their own actions, read the trail, verify it. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

  record Appended(long id, String hash) {}

  record EntryPage(List<AuditEntryRow> entries, Long nextBefore) {}

  private final AuditWriter writer;
  private final AuditTrail trail;
  private final AuditVerifier verifier;
  private final AuditEntries entries;

  AuditApiController(
      AuditWriter writer, AuditTrail trail, AuditVerifier verifier, AuditEntries entries) {
    this.writer = writer;
    this.trail = trail;
    this.verifier = verifier;
    this.entries = entries;
  }

  /**
   * Answers once the entry is on the chain, with its id and hash as a receipt: straight to the
   * writer, since no transaction surrounds it and the receipt needs the entry's place. The actor is
   * the calling token, whatever the body says (finding 4 of issue 10).
   */
  @PostMapping("/events")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN','INTEGRATOR')")
  Appended record(@Valid @RequestBody ExternalEventRequest event) {
    AppendedEntry entry = AuditWriter.await(writer.append(event.toRecord(AuditActor.current())));
    return new Appended(entry.id(), HexFormat.of().formatHex(entry.hash()));
  }

  @GetMapping("/verify")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  AuditVerification verify() {
    AuditVerification result = verifier.verify();
    trail.recordDurably(AuditVerifications.recordOf(AuditActor.current(), result));
    return result;
  }

  @GetMapping("/entries")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','AUDITOR')")
  EntryPage entries(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime to,
      @RequestParam(required = false) Integer action,
      @RequestParam(required = false) String actorType,
      @RequestParam(required = false) String actorId,
      @RequestParam(required = false) String resourceType,
      @RequestParam(required = false) String resourceId,
      @RequestParam(required = false) Long before,
      @RequestParam(defaultValue = "100") int limit) {
    var query =
        new AuditEntryQuery(
            from == null ? null : from.toInstant(),
            to == null ? null : to.toInstant(),
            action,
            actorType,
            actorId,
            resourceType,
            resourceId,
            before,
            limit);
    List<AuditEntryRow> page = entries.find(query);
    trail.record(
        AuditActor.current()
            .did(TrailAuditAction.AUDIT_VIEWED, "audit_trail", "", AuditRecord.Outcome.SUCCESS));
    Long nextBefore = page.size() == query.limit() ? page.get(page.size() - 1).id() : null;
    return new EntryPage(page, nextBefore);
  }
}
