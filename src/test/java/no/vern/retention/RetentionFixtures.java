package no.vern.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.vern.shared.identifier.IdentifierFixtures;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;

/** People with one record each under the debt-collection example, with synthetic data. */
final class RetentionFixtures {

  /** One stored person: their address, subject and record. */
  record Person(String email, SubjectId subject, RecordId record) {}

  private final SubjectRegistry registry;
  private final PersonalDataRecords records;

  RetentionFixtures(SubjectRegistry registry, PersonalDataRecords records) {
    this.registry = registry;
    this.records = records;
  }

  /** Noon in Oslo's winter on that day: the same calendar day in Norway and in UTC. */
  static Instant on(LocalDate day) {
    return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
  }

  static Clock at(LocalDate day) {
    return Clock.fixed(on(day), ZoneOffset.UTC);
  }

  /**
   * A person with a record of {@code activity}, collected, last contacted, ended or closed then.
   */
  Person person(
      String activity,
      LocalDate collected,
      LocalDate lastContact,
      LocalDate relationshipEnded,
      LocalDate caseClosed) {
    String email = "retention." + UUID.randomUUID() + "@example.invalid";
    return person(
        List.of(new Identifier(IdentifierType.EMAIL, email)),
        activity,
        collected,
        lastContact,
        relationshipEnded,
        caseClosed);
  }

  /** As above, for a person known by these identifiers (the first an e-mail address). */
  Person person(
      List<Identifier> identifiers,
      String activity,
      LocalDate collected,
      LocalDate lastContact,
      LocalDate relationshipEnded,
      LocalDate caseClosed) {
    String email = identifiers.get(0).value();
    SubjectId subject = registry.resolve(identifiers);
    NewRecord record =
        new NewRecord(
            "group",
            activity,
            "data-subject",
            on(collected),
            Map.of("note", "Synthetic record for a retention test", "amount", 1200),
            null,
            lastContact == null ? null : on(lastContact),
            relationshipEnded == null ? null : on(relationshipEnded),
            caseClosed == null ? null : on(caseClosed));
    return new Person(email, subject, records.store(subject, record, "system:test"));
  }

  /** An e-mail address, a mobile number, a fødselsnummer and an account number, all synthetic. */
  static List<Identifier> identifiers() {
    var random = ThreadLocalRandom.current();
    String account = null;
    while (account == null) {
      account = IdentifierFixtures.bankAccount("1" + (100_000_000 + random.nextInt(900_000_000)));
    }
    return List.of(
        new Identifier(IdentifierType.EMAIL, "Retention." + UUID.randomUUID() + "@Example.INVALID"),
        new Identifier(IdentifierType.PHONE, "+47 9" + (1_000_000 + random.nextInt(9_000_000))),
        new Identifier(IdentifierType.NATIONAL_ID, IdentifierFixtures.randomNationalId()),
        new Identifier(IdentifierType.BANK_ACCOUNT, account));
  }

  /** The ways an identifier could be written down: as given, normalised, its digits alone. */
  static List<String> formsOf(Identifier identifier) {
    String normalised = identifier.type().normalise(identifier.value()).orElseThrow();
    String digits = identifier.value().replaceAll("\\D", "");
    return identifier.type() == IdentifierType.EMAIL
        ? List.of(identifier.value(), normalised)
        : List.of(identifier.value(), normalised, digits);
  }

  Person collected(String activity, LocalDate collected) {
    return person(activity, collected, null, null, null);
  }
}
