package no.vern.consent;

import java.util.Map;

/**
 * A signed receipt: the compact JWS as handed out, the id of the key that signed it, and its
 * payload (Kantara Consent Receipt 1.1 fields with the ISO/IEC TS 27560 record as DPV JSON-LD under
 * {@code consentRecord}) for reading.
 */
public record ConsentReceipt(
    ConsentEventId event, String kid, String jws, Map<String, Object> claims) {

  public ConsentReceipt {
    // The payload may hold nulls, which Map.copyOf refuses.
    claims = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(claims));
  }
}
