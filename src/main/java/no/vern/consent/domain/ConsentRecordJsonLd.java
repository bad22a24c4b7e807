package no.vern.consent.domain;

import static no.vern.consent.domain.ReceiptClaims.putIfPresent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ISO/IEC TS 27560 consent record in DPV terms (following DPV's guide to 27560): the person, the
 * controllers, the purpose with its data, recipients and legal basis, the notice shown (with the
 * hash of the exact text), and the status with when, how and where it was indicated.
 */
final class ConsentRecordJsonLd {

  private ConsentRecordJsonLd() {}

  static Map<String, Object> of(ReceiptFacts f) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put(
        "@context",
        map(
            "dpv", "https://w3id.org/dpv#",
            "eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#",
            "dct", "http://purl.org/dc/terms/",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "vern", "urn:vern:vocab:"));
    r.put("@id", "urn:uuid:" + f.event());
    r.put("@type", "dpv:ConsentRecord");
    r.put("dct:identifier", f.event().toString());
    r.put("dct:created", f.at().toString());
    r.put("dct:conformsTo", "ISO/IEC TS 27560:2023");
    r.put("dpv:hasDataSubject", map("@id", "urn:uuid:" + f.subject(), "@type", "dpv:DataSubject"));
    r.put(
        "dpv:hasDataController",
        f.controllers().stream()
            .map(
                c ->
                    map(
                        "@id",
                        "urn:vern:controller:" + c.id(),
                        "@type",
                        "dpv:DataController",
                        "dct:title",
                        c.name()))
            .toList());
    Map<String, Object> purpose =
        map(
            "@id",
            "urn:vern:consent-purpose:" + f.purposeCode(),
            "@type",
            "dpv:Purpose",
            "dct:title",
            map("@value", f.purposeTitle(), "@language", f.language()),
            "dct:description",
            map("@value", f.purposeDescription(), "@language", f.language()));
    purpose.put(
        "vern:activity",
        f.activities().stream().map(a -> map("@id", "urn:vern:activity:" + a)).toList());
    r.put("dpv:hasPurpose", purpose);
    r.put("dpv:hasLegalBasis", map("@id", "eu-gdpr:" + f.legalBasis()));
    r.put(
        "dpv:hasPersonalData",
        f.dataCategories().stream()
            .map(c -> map("@id", "urn:vern:data:" + c.id(), "dct:title", c.name()))
            .toList());
    r.put(
        "dpv:hasRecipient",
        f.recipients().stream()
            .map(name -> map("@type", "dpv:Recipient", "dct:title", name))
            .toList());
    r.put(
        "dpv:hasNotice",
        map(
            "@id", f.noticeUrl(),
            "@type", "dpv:PrivacyNotice",
            "dct:hasVersion", String.valueOf(f.noticeVersion()),
            "vern:shownTextSha256", f.textSha256()));
    r.put(
        "dpv:hasJurisdiction", f.controllers().isEmpty() ? "NO" : f.controllers().get(0).country());
    r.put("dpv:hasConsentStatus", status(f));
    return r;
  }

  private static Map<String, Object> status(ReceiptFacts f) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("@type", List.of(f.status().dpv(), "dpv:ExplicitlyExpressedConsent"));
    s.put("dpv:isIndicatedAtTime", f.at().toString());
    s.put("dpv:isIndicatedBy", map("@id", "urn:uuid:" + f.subject()));
    s.put("dpv:hasIndicationMethod", f.method());
    s.put("dpv:isExercisedAt", f.channel());
    if (f.maxAge() != null) {
      s.put(
          "dpv:hasDuration",
          map("@type", "dpv:TemporalDuration", "rdf:value", f.maxAge().toString()));
    }
    putIfPresent(s, "vern:expiresAt", f.expiresAt() == null ? null : f.expiresAt().toString());
    return s;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      putIfPresent(map, (String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
