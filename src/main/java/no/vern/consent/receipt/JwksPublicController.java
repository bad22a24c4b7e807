package no.vern.consent.receipt;

import java.time.Duration;
import no.vern.consent.ConsentReceipts;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public keys that verify consent receipts (RFC 7517), for anyone holding a receipt: a person,
 * an authority, another system. Old keys stay listed after a rotation.
 */
@RestController
class JwksPublicController {

  private final ConsentReceipts receipts;

  JwksPublicController(ConsentReceipts receipts) {
    this.receipts = receipts;
  }

  @GetMapping("/.well-known/jwks.json")
  ResponseEntity<String> jwks() {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .body(receipts.publicKeys());
  }
}
