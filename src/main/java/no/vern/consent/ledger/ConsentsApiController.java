package no.vern.consent.ledger;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.consent.ConsentEntry;
import no.vern.consent.ConsentLedger;
import no.vern.consent.RecordedConsent;
import no.vern.subject.SubjectId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consents from integrators' systems (issue 5, item 1), and a person's history as proof. The answer
 * to a recorded consent has the same shape whether the person was known before or not.
 */
@RestController
public class ConsentsApiController {

  record Recorded(
      UUID event,
      UUID subject,
      String purpose,
      String status,
      Instant at,
      int noticeVersion,
      String receipt) {}

  record History(UUID subject, List<HistoryEntry> events) {}

  public record Actor(String type, String id) {}

  public record HistoryEntry(
      UUID event,
      String purpose,
      String status,
      String dpvStatus,
      Instant at,
      int noticeVersion,
      String language,
      String textSha256,
      String channel,
      String method,
      String addressHmac,
      Long addressKeyId,
      String userAgent,
      Actor actor,
      String receipt) {}

  private final ConsentRequests requests;
  private final ConsentIntake intake;
  private final ConsentLedger ledger;

  ConsentsApiController(ConsentRequests requests, ConsentIntake intake, ConsentLedger ledger) {
    this.requests = requests;
    this.intake = intake;
    this.ledger = ledger;
  }

  @PostMapping("/api/v1/consents")
  @PreAuthorize("hasAnyRole('ADMIN','INTEGRATOR','MARKETING')")
  ResponseEntity<Recorded> record(@RequestBody ConsentRequest body, Authentication caller) {
    ConsentRequests.Checked checked = requests.check(body, caller.getName());
    RecordedConsent recorded = intake.record(checked.identifiers(), checked.change());
    String receipt = recorded.receipt() ? receiptPath(recorded.event().value()) : null;
    return ResponseEntity.created(
            URI.create("/api/v1/consents?subject=" + recorded.subject().value()))
        .body(
            new Recorded(
                recorded.event().value(),
                recorded.subject().value(),
                recorded.purpose(),
                recorded.status().code(),
                recorded.at(),
                recorded.noticeVersion(),
                receipt));
  }

  @GetMapping("/api/v1/consents")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','INTEGRATOR')")
  History history(@RequestParam UUID subject, Authentication caller) {
    List<HistoryEntry> events =
        ledger.history(new SubjectId(subject), caller.getName()).stream()
            .map(ConsentsApiController::entry)
            .toList();
    return new History(subject, events);
  }

  public static HistoryEntry entry(ConsentEntry e) {
    return new HistoryEntry(
        e.event().value(),
        e.purpose(),
        e.status().code(),
        e.status().dpv(),
        e.at(),
        e.noticeVersion(),
        e.language(),
        e.textSha256(),
        e.channel(),
        e.method(),
        e.addressHmac(),
        e.addressKeyId(),
        e.userAgent(),
        new Actor(e.actorType(), e.actorId()),
        e.receipt() ? receiptPath(e.event().value()) : null);
  }

  static String receiptPath(UUID event) {
    return "/api/v1/consents/" + event + "/receipt";
  }
}
