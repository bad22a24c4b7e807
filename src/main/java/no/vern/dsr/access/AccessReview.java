package no.vern.dsr.access;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrAnswerAuditAction;
import no.vern.dsr.RecordReview;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.RecordId;
import no.vern.subject.StoredRecord;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Service;

/**
 * The case handler's side of Art. 15(4): which of a person's records are withheld from their
 * package because they may hold data about others, and releasing one after looking at it (a
 * redaction, when needed, is a correction of the record itself, made before the release).
 */
@Service
class AccessReview implements RecordReview {

  private final PersonalDataRecords records;
  private final RecordReleases releases;
  private final AuditTrail audit;
  private final Clock clock;

  AccessReview(
      PersonalDataRecords records, RecordReleases releases, AuditTrail audit, Clock clock) {
    this.records = records;
    this.releases = releases;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public List<Flagged> flagged(UUID subject, String actor) {
    return flagged(new SubjectId(subject), actor);
  }

  /** Among the person's flagged records, so merged people's records count as theirs too. */
  @Override
  public boolean release(UUID subject, UUID record, String actor) {
    return flagged(subject, actor).stream().anyMatch(f -> f.id().equals(record))
        && release(record, actor);
  }

  List<Flagged> flagged(SubjectId subject, String actor) {
    List<StoredRecord> stored;
    try {
      stored = records.ofSubject(subject, actor);
    } catch (no.vern.subject.UnknownSubjectException outsideScope) {
      // Gone, or outside the reader's need-to-know scope (issue 18): nothing of theirs to review.
      return List.of();
    }
    Set<UUID> released = releases.released(stored.stream().map(r -> r.id().value()).toList());
    return stored.stream()
        .map(
            r ->
                new Flagged(
                    r.id().value(),
                    r.activity(),
                    r.collectedAt(),
                    OtherPeople.mentionedIn(r.data(), r.source()),
                    released.contains(r.id().value())))
        .filter(f -> !f.fields().isEmpty())
        .sorted(java.util.Comparator.comparing(Flagged::collectedAt))
        .toList();
  }

  /** False when there is no such record. Releasing twice changes nothing. */
  boolean release(UUID record, String actor) {
    if (records.record(new RecordId(record), actor).isEmpty()) {
      return false;
    }
    if (releases.release(record, clock.instant(), actor)) {
      audit.record(
          AuditActor.of(actor)
              .did(
                  DsrAnswerAuditAction.RECORD_RELEASED,
                  "record",
                  record.toString(),
                  Outcome.SUCCESS));
    }
    return true;
  }
}
