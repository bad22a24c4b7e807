package no.vern.intake.records;

import java.util.function.Consumer;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a validated record and the subject it is about in one transaction: when the record cannot
 * be stored, no new subject or identifier of this request remains either.
 */
@Service
public class RecordIntake {

  public record Stored(SubjectId subject, RecordId record) {}

  private final SubjectRegistry subjects;
  private final PersonalDataRecords records;

  RecordIntake(SubjectRegistry subjects, PersonalDataRecords records) {
    this.subjects = subjects;
    this.records = records;
  }

  @Transactional
  public Stored store(RecordCommand command, String actor) {
    return store(command, actor, stored -> {});
  }

  /**
   * As {@link #store(RecordCommand, String)}, with {@code alsoInTransaction} run before the commit:
   * an idempotency key's answer is stored with the record or not at all.
   */
  @Transactional
  public Stored store(RecordCommand command, String actor, Consumer<Stored> alsoInTransaction) {
    SubjectId subject = subjects.resolve(command.identifiers());
    Stored stored = new Stored(subject, records.store(subject, command.record(), actor));
    alsoInTransaction.accept(stored);
    return stored;
  }
}
