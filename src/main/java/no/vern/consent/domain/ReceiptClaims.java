package no.vern.consent.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The payload of a receipt: the fields of the Kantara Consent Receipt 1.1 at the top level (as JWT
 * claims, with {@code jti} and {@code iat}), and under {@code consentRecord} the ISO/IEC TS 27560
 * consent record in the W3C Data Privacy Vocabulary as JSON-LD. Absent optional values are left
 * out.
 */
public final class ReceiptClaims {

  public static final String KANTARA_VERSION = "KI-CR-v1.1.0";

  private ReceiptClaims() {}

  public static Map<String, Object> of(ReceiptFacts f) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("jti", f.event().toString());
    claims.put("iat", f.at().getEpochSecond());
    claims.put("version", KANTARA_VERSION);
    claims.put("jurisdiction", jurisdiction(f));
    claims.put("consentTimestamp", f.at().getEpochSecond());
    claims.put("collectionMethod", f.method() + " via " + f.channel());
    claims.put("consentReceiptID", f.event().toString());
    claims.put("language", f.language());
    claims.put("piiPrincipalId", "urn:uuid:" + f.subject());
    claims.put("piiControllers", f.controllers().stream().map(ReceiptClaims::controller).toList());
    claims.put("policyUrl", f.noticeUrl());
    claims.put("services", List.of(service(f)));
    List<String> special =
        f.dataCategories().stream()
            .map(ReceiptFacts.Category::special)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    claims.put("sensitive", !special.isEmpty());
    claims.put("spiCat", special);
    claims.put("consentStatus", f.status().dpv());
    claims.put("consentRecord", ConsentRecordJsonLd.of(f));
    return claims;
  }

  private static String jurisdiction(ReceiptFacts f) {
    return f.controllers().stream()
        .map(ReceiptFacts.Party::country)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse("NO");
  }

  private static Map<String, Object> controller(ReceiptFacts.Party p) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("piiController", p.name());
    c.put("onBehalf", false);
    putIfPresent(c, "contact", p.email());
    putIfPresent(c, "address", p.address());
    putIfPresent(c, "email", p.email());
    putIfPresent(c, "phone", p.phone());
    putIfPresent(c, "organisationNumber", p.organisationNumber());
    return c;
  }

  private static Map<String, Object> service(ReceiptFacts f) {
    Map<String, Object> purpose = new LinkedHashMap<>();
    purpose.put("purpose", f.purposeDescription());
    purpose.put("purposeCategory", List.of(f.purposeCode()));
    purpose.put("consentType", "EXPLICIT");
    purpose.put(
        "piiCategory", f.dataCategories().stream().map(ReceiptFacts.Category::name).toList());
    purpose.put("primaryPurpose", true);
    purpose.put("termination", termination(f));
    purpose.put("thirdPartyDisclosure", !f.recipients().isEmpty());
    if (!f.recipients().isEmpty()) {
      purpose.put("thirdPartyName", String.join(", ", f.recipients()));
    }
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("service", f.purposeTitle());
    service.put("purposes", List.of(purpose));
    return service;
  }

  /** When the consent ends, in the receipt's language. */
  private static String termination(ReceiptFacts f) {
    boolean nb = "nb".equals(f.language());
    List<String> parts = new ArrayList<>();
    parts.add(
        nb
            ? "Du kan trekke samtykket tilbake n\u00e5r som helst: " + f.withdrawUrl()
            : "You can withdraw consent at any time: " + f.withdrawUrl());
    if (f.expiresAt() != null) {
      parts.add(
          nb
              ? "Samtykket utl\u00f8per " + f.expiresAt() + "."
              : "The consent expires " + f.expiresAt() + ".");
    }
    return String.join(" ", parts);
  }

  static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
