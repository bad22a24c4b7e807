package no.vern.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
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

  Person collected(String activity, LocalDate collected) {
    return person(activity, collected, null, null, null);
  }
}
