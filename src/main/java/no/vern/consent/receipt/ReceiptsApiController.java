package no.vern.consent.receipt;

import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.consent.ConsentAuditAction;
import no.vern.consent.ConsentEventId;
import no.vern.consent.ConsentReceipt;
import no.vern.consent.ConsentReceipts;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receipts for integrators ({@code Accept: application/jwt} for the bare JWS, JSON otherwise) and
 * the rotation of the signing key for administrators.
 */
@RestController
class ReceiptsApiController {

  static final MediaType JWT = MediaType.parseMediaType("application/jwt");

  record ReceiptView(UUID event, String kid, String jws, Map<String, Object> claims) {}

  record Rotated(String kid) {}

  private final ConsentReceipts receipts;
  private final ReceiptKeys keys;
  private final AuditTrail audit;

  ReceiptsApiController(ConsentReceipts receipts, ReceiptKeys keys, AuditTrail audit) {
    this.receipts = receipts;
    this.keys = keys;
    this.audit = audit;
  }

  /** The bare compact JWS when the caller accepts {@code application/jwt}, else a JSON view. */
  @GetMapping("/api/v1/consents/{event}/receipt")
  @PreAuthorize("hasAnyRole('ADMIN','DPO','INTEGRATOR')")
  ResponseEntity<?> receipt(
      @PathVariable UUID event,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      Authentication caller) {
    ConsentReceipt r = find(event, caller);
    if (accept != null && accept.contains("application/jwt")) {
      return ResponseEntity.ok().contentType(JWT).body(r.jws());
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ReceiptView(r.event().value(), r.kid(), r.jws(), r.claims()));
  }

  private ConsentReceipt find(UUID event, Authentication caller) {
    ConsentReceipt receipt =
        receipts
            .receiptFor(new ConsentEventId(event))
            .orElseThrow(
                () ->
                    new ApiProblem(
                        CommonProblem.NOT_FOUND,
                        "No receipt for this event: only consents given, renewed or withdrawn"
                            + " have one."));
    audit.record(
        AuditActor.of(caller.getName())
            .did(
                ConsentAuditAction.CONSENT_RECEIPT_READ,
                "consent_event",
                event.toString(),
                Outcome.SUCCESS));
    return receipt;
  }

  /** A new signing key; the old ones stay in the JWKS so their receipts still verify. */
  @PostMapping("/api/v1/consents/receipt-keys")
  @PreAuthorize("hasRole('ADMIN')")
  ResponseEntity<Rotated> rotate(Authentication caller) {
    String kid;
    try {
      kid = keys.rotate();
    } catch (IllegalStateException e) {
      throw new ApiProblem(CommonProblem.CONFLICT, e.getMessage());
    }
    audit.recordDurably(
        AuditActor.of(caller.getName())
            .did(
                ConsentAuditAction.CONSENT_RECEIPT_KEY_ROTATED,
                "consent_receipt_key",
                kid,
                Outcome.SUCCESS));
    return ResponseEntity.status(201).body(new Rotated(kid));
  }
}
