package no.vern.subject;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Items of personal data about a subject, each tied to the processing activity that justifies it.
 * The data is stored only encrypted, with the same keys as the subject's identifiers.
 */
public interface PersonalDataRecords {

  /**
   * Stores the record for the subject (a merged subject's id stores it on the subject it was merged
   * into) and audits {@code RECORD_STORED} by id once committed. Joins the caller's transaction.
   *
   * @param actor {@code user:<uuid>}, {@code token:<uuid>} or {@code system:<name>}
   */
  RecordId store(SubjectId subject, NewRecord record, String actor);

  /**
   * Records whose subject has not yet been told about them (Art. 14), earliest date first, at most
   * {@code limit}.
   */
  List<InformingDue> awaitingInforming(int limit);

  /**
   * How many records still wait for their subject to be told (Art. 14): those whose date is before
   * {@code today} (overdue) and all of them; one query on the partial index of {@code inform_by}.
   */
  InformingCounts informingCounts(java.time.LocalDate today);

  /** How many records screening flagged wait for review; one query on their partial index. */
  long reviewCount();

  /**
   * Every record of the subject, data decrypted, oldest first; a merged subject's id gives the
   * records of the subject it was merged into, including those stored under the merged ids. A read
   * of personal data: {@code SUBJECT_RECORDS_READ} with the subject id is on the trail before the
   * data is returned. Only the records in the actor's need-to-know scope are read; a person outside
   * it throws {@link UnknownSubjectException}, as an unknown id does (docs/need-to-know.md).
   */
  List<StoredRecord> ofSubject(SubjectId subject, String actor);

  /**
   * Whether the person is visible to {@code actor} under need-to-know (issue 18): at least one
   * record in the actor's scope, or a grant covering the person; Vern's own work sees everyone.
   * False for an unknown id too. A false for a known person puts {@code SCOPE_REFUSED} with the
   * subject id on the trail, so the caller can answer exactly as for an unknown person.
   */
  boolean visibleTo(SubjectId subject, String actor);

  /**
   * Which of {@code subjects} are visible to {@code actor} under need-to-know, in one query: for
   * lists that name people (the request queue, a breach's affected people) and must leave out those
   * outside the caller's scope. Nothing is audited: leaving a person out of a list is not an
   * attempt on them. Unknown ids are not in the answer.
   */
  Set<SubjectId> visibleAmong(Collection<SubjectId> subjects, String actor);

  /**
   * One record, data decrypted; {@code RECORD_READ} with the record id is on the trail before it is
   * returned. Empty (and nothing audited) when there is no such record; empty too (and {@code
   * SCOPE_REFUSED} audited) when the record is outside the actor's scope.
   */
  Optional<StoredRecord> record(RecordId record, String actor);

  /**
   * Records screening flagged that nobody has reviewed yet, oldest first, at most {@code limit}.
   */
  List<ReviewDue> awaitingReview(int limit);

  /**
   * Marks a flagged record reviewed ({@code RECORD_REVIEWED}). A record not awaiting review is left
   * as it is: {@link Marking#UNCHANGED}, nothing audited.
   */
  Marking markReviewed(RecordId record, String actor);

  /**
   * Records that the subject was told about the record at {@code at} ({@code RECORD_INFORMED}), so
   * it leaves the Art. 14 list. Idempotent: an informed record keeps its first date and gives
   * {@link Marking#UNCHANGED}, with nothing audited.
   */
  Marking markInformed(RecordId record, Instant at, String actor);

  /** The restriction and objection flags the subject (and subjects merged into it) has set. */
  List<ActivityFlags> flagsOf(SubjectId subject);

  /**
   * Deletes every record of the subject (and of subjects merged into it) made for one of these
   * activities, in one set-based statement; when no record of any activity is left, the subject's
   * identifiers are deleted too, so the person can no longer be found or written to. The subject
   * row itself stays: the consent ledger keeps its id as proof (Art. 7(1)). Audited ({@code
   * ACTIVITY_DATA_ERASED}, subject id) once committed, when it deleted anything; joins the caller's
   * transaction. For data that exists for one purpose only, such as a newsletter's on unsubscribe.
   */
  ActivityErasure eraseActivity(
      SubjectId subject, java.util.Collection<String> activities, String actor);
}
