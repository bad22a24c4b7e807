package no.vern.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.retention.TriggerReports.Report;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trigger events from the systems that know them (docs/retention.md): a case closed, a customer
 * relationship ended, everything settled, a last contact. Dates only; never a reason or a name.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','INTEGRATOR')")
class TriggerEventsApiController {

  /** The body of the single forms; {@code caseReference} for a record only. */
  record Event(@Nullable String event, @Nullable LocalDate date, @Nullable String caseReference) {}

  record Batch(@Nullable List<Report> events) {}

  private final TriggerReports reports;

  TriggerEventsApiController(TriggerReports reports) {
    this.reports = reports;
  }

  @PostMapping("/api/v1/records/{id}/events")
  ResponseEntity<Void> record(
      @PathVariable UUID id, @RequestBody Event body, Authentication caller) {
    reports.one(
        new Report(null, id, body.event(), body.date(), body.caseReference()), name(caller));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/subjects/{id}/events")
  ResponseEntity<Void> subject(
      @PathVariable UUID id, @RequestBody Event body, Authentication caller) {
    reports.one(
        new Report(id, null, body.event(), body.date(), body.caseReference()), name(caller));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/retention/events")
  Map<String, Integer> batch(@RequestBody Batch body, Authentication caller) {
    List<Report> events = body.events() == null ? List.of() : body.events();
    return Map.of("stored", reports.batch(events, name(caller)));
  }

  private static String name(Authentication caller) {
    return caller.getName();
  }
}
