package no.vern.dsr;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.consent.ConsentChange;
import no.vern.consent.ConsentLedger;
import no.vern.consent.ConsentMethod;
import no.vern.consent.ConsentStatus;
import no.vern.shared.identifier.IdentifierFixtures;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;

/**
 * A synthetic person known by e-mail and national identity number, with records under three
 * activities of the example debt-collection inventory and a newsletter consent: an enquiry they
 * sent (consent-free, their own words), a claim from a client that names a guarantor (withheld,
 * Art. 15(4)), and an event sign-up (consent, portable).
 */
public final class DsrFixtures {

  public record Person(
      SubjectId subject, String email, String nationalId, String enquiry, String guarantor) {}

  private DsrFixtures() {}

  public static Person person(
      SubjectRegistry registry, PersonalDataRecords records, ConsentLedger ledger, Instant now) {
    String email = "person." + UUID.randomUUID() + "@example.invalid";
    String nationalId = IdentifierFixtures.randomNationalId();
    SubjectId subject =
        registry.resolve(
            List.of(
                new Identifier(IdentifierType.EMAIL, email),
                new Identifier(IdentifierType.NATIONAL_ID, nationalId)));
    String enquiry = "Synthetic enquiry " + UUID.randomUUID();
    String guarantor = "Synthetic Guarantor " + UUID.randomUUID();
    records.store(
        subject,
        new NewRecord(
            "group",
            "enquiries",
            "contact-form",
            now.minusSeconds(300),
            Map.of("message", enquiry),
            null,
            null,
            null,
            null),
        "system:test");
    records.store(
        subject,
        new NewRecord(
            "group",
            "debt-collection",
            "third-party",
            now.minusSeconds(200),
            Map.of("claim", "Synthetic claim 1200 NOK", "guarantor", guarantor),
            null,
            null,
            null,
            null),
        "system:test");
    records.store(
        subject,
        new NewRecord(
            "group",
            "events",
            "event-registration",
            now.minusSeconds(100),
            Map.of("event", "Synthetic webinar", "diet", "none"),
            null,
            null,
            null,
            null),
        "system:test");
    ledger.record(
        new ConsentChange(
            subject,
            "newsletter",
            ConsentStatus.GIVEN,
            null,
            "nb",
            null,
            null,
            "preference-page",
            ConsentMethod.FORM,
            "192.0.2.10",
            "Synthetic agent",
            "system:test"));
    return new Person(subject, email, nationalId, enquiry, guarantor);
  }
}
