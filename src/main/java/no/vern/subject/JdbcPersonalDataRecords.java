package no.vern.subject;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.subject.domain.SubjectCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcPersonalDataRecords implements PersonalDataRecords {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JdbcClient jdbc;
  private final Subjects subjects;
  private final SubjectKeys keys;
  private final AuditTrail audit;
  private final RecordRows rows;
  private final ScopeFilter scopes;
  private final org.springframework.beans.factory.ObjectProvider<RecordGuard> guards;
  private final org.springframework.beans.factory.ObjectProvider<ErasureVeto> vetoes;

  JdbcPersonalDataRecords(
      JdbcClient jdbc,
      Subjects subjects,
      SubjectKeys keys,
      AuditTrail audit,
      RecordRows rows,
      ScopeFilter scopes,
      org.springframework.beans.factory.ObjectProvider<RecordGuard> guards,
      org.springframework.beans.factory.ObjectProvider<ErasureVeto> vetoes) {
    this.guards = guards;
    this.vetoes = vetoes;
    this.jdbc = jdbc;
    this.subjects = subjects;
    this.keys = keys;
    this.audit = audit;
    this.rows = rows;
    this.scopes = scopes;
  }

  @Override
  @Transactional
  public RecordId store(SubjectId subject, NewRecord record, String actor) {
    UUID live =
        subjects
            .live(subject.value())
            .orElseThrow(() -> new IllegalArgumentException("No subject " + subject));
    guards.orderedStream().forEach(g -> g.check(new SubjectId(live), record, actor));
    UUID id = UUID.randomUUID();
    SubjectCipher cipher = keys.cipher();
    byte[] ciphertext = cipher.encryptRecord(id, JSON.writeValueAsBytes(record.data()));
    jdbc.sql(
            """
            INSERT INTO personal_data_record
              (id, subject_id, controller, activity, source, collected_at, data_ciphertext,
               aead_key_id, last_contact_at, relationship_ended_at, case_closed_at, inform_by,
               screening_categories, review_state, name_index)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            live,
            record.controller(),
            record.activity(),
            record.source(),
            timestamp(record.collectedAt()),
            ciphertext,
            cipher.primaryKeyId(),
            timestamp(record.lastContactAt()),
            timestamp(record.relationshipEndedAt()),
            timestamp(record.caseClosedAt()),
            record.informBy() == null ? null : Date.valueOf(record.informBy()),
            record.screening().categories().toArray(String[]::new),
            record.screening().awaitingReview() ? "AWAITING_REVIEW" : null,
            cipher.nameIndexOf(record.data()))
        .update();
    RecordId recordId = new RecordId(id);
    AuditActor who = AuditActor.of(actor);
    audit.record(
        new AuditRecord(
            who.type(),
            who.id(),
            SubjectAuditAction.RECORD_STORED,
            "record",
            id.toString(),
            AuditRecord.Outcome.SUCCESS));
    return recordId;
  }

  @Override
  @Transactional
  public ActivityErasure eraseActivity(
      SubjectId subject, java.util.Collection<String> activities, String actor) {
    UUID live =
        subjects.live(subject.value()).orElseThrow(() -> new UnknownSubjectException(subject));
    vetoes.orderedStream().forEach(v -> v.check(new SubjectId(live), activities));
    String family =
        "subject_id IN (SELECT id FROM subject WHERE id = :live OR merged_into = :live)";
    int erased =
        jdbc.sql("DELETE FROM personal_data_record WHERE activity = ANY(:activities) AND " + family)
            .param("activities", activities.toArray(String[]::new))
            .param("live", live)
            .update();
    boolean nothingLeft =
        !jdbc.sql("SELECT EXISTS (SELECT 1 FROM personal_data_record WHERE " + family + ")")
            .param("live", live)
            .query(Boolean.class)
            .single();
    int identifiers =
        nothingLeft
            ? jdbc.sql("DELETE FROM subject_identifier WHERE " + family)
                .param("live", live)
                .update()
            : 0;
    if (erased == 0 && identifiers == 0) {
      // Nothing was there to erase (a repeated unsubscribe, a retried event): no action to record.
      return new ActivityErasure(0, nothingLeft);
    }
    AuditActor who = AuditActor.of(actor);
    // In the erasure's transaction: one that rolls back must not stand on the trail as done.
    audit.recordDurably(
        who.did(
            SubjectAuditAction.ACTIVITY_DATA_ERASED,
            "subject",
            live.toString(),
            AuditRecord.Outcome.SUCCESS));
    return new ActivityErasure(erased, nothingLeft);
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  @Override
  public List<InformingDue> awaitingInforming(int limit) {
    return jdbc.sql(
            "SELECT id, subject_id, activity, inform_by FROM personal_data_record"
                + " WHERE inform_by IS NOT NULL AND informed_at IS NULL"
                + " ORDER BY inform_by, id LIMIT ?")
        .param(limit)
        .query(
            (rs, n) ->
                new InformingDue(
                    new RecordId(rs.getObject("id", UUID.class)),
                    new SubjectId(rs.getObject("subject_id", UUID.class)),
                    rs.getString("activity"),
                    rs.getObject("inform_by", Date.class).toLocalDate()))
        .list();
  }

  @Override
  public InformingCounts informingCounts(java.time.LocalDate today) {
    return jdbc.sql(
            "SELECT count(*) FILTER (WHERE inform_by < ?) AS overdue, count(*) AS awaiting"
                + " FROM personal_data_record WHERE inform_by IS NOT NULL AND informed_at IS NULL")
        .param(today)
        .query((rs, n) -> new InformingCounts(rs.getLong("overdue"), rs.getLong("awaiting")))
        .single();
  }

  @Override
  public long reviewCount() {
    return jdbc.sql(
            "SELECT count(*) FROM personal_data_record WHERE review_state = 'AWAITING_REVIEW'")
        .query(Long.class)
        .single();
  }

  @Override
  public List<StoredRecord> ofSubject(SubjectId subject, String actor) {
    UUID live =
        subjects.live(subject.value()).orElseThrow(() -> new UnknownSubjectException(subject));
    no.vern.access.ReadScope scope = scopes.of(actor);
    if (!scopes.visible(live, scope, actor)) {
      // Outside the reader's scope the person is unknown to them; the attempt is on the trail.
      scopes.refuse(actor, live);
      throw new UnknownSubjectException(subject);
    }
    // Recorded before the data is decrypted and handed out, as every read of personal data is.
    audit.recordDurably(
        AuditActor.of(actor)
            .did(
                SubjectAuditAction.SUBJECT_RECORDS_READ,
                "subject",
                live.toString(),
                AuditRecord.Outcome.SUCCESS));
    return rows.ofFamily(live, keys.cipher(), scope);
  }

  @Override
  public boolean visibleTo(SubjectId subject, String actor) {
    Optional<UUID> live = subjects.live(subject.value());
    if (live.isEmpty()) {
      return false;
    }
    if (scopes.visible(live.get(), scopes.of(actor), actor)) {
      return true;
    }
    scopes.refuse(actor, live.get());
    return false;
  }

  @Override
  public Set<SubjectId> visibleAmong(Collection<SubjectId> subjects, String actor) {
    Set<UUID> ids = subjects.stream().map(SubjectId::value).collect(Collectors.toSet());
    return scopes.visibleAmong(ids, scopes.of(actor)).stream()
        .map(SubjectId::new)
        .collect(Collectors.toSet());
  }

  @Override
  public Optional<StoredRecord> record(RecordId record, String actor) {
    Optional<UUID> owner = rows.subjectOf(record.value());
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    UUID live = subjects.live(owner.get()).orElseThrow();
    no.vern.access.ReadScope scope = scopes.of(actor);
    if (!scope.grants(live) && !rows.inScope(record.value(), scope)) {
      // A record outside the reader's scope answers as if there were none.
      scopes.refuse(actor, live);
      return Optional.empty();
    }
    audit.recordDurably(
        AuditActor.of(actor)
            .did(
                SubjectAuditAction.RECORD_READ,
                "record",
                record.toString(),
                AuditRecord.Outcome.SUCCESS));
    return rows.byId(record.value(), live, keys.cipher());
  }

  @Override
  public List<ReviewDue> awaitingReview(int limit) {
    return rows.awaitingReview(limit);
  }

  @Override
  @Transactional
  public Marking markReviewed(RecordId record, String actor) {
    return mark(
        record, rows.setReviewed(record.value()), SubjectAuditAction.RECORD_REVIEWED, actor);
  }

  @Override
  @Transactional
  public Marking markInformed(RecordId record, Instant at, String actor) {
    return mark(
        record, rows.setInformed(record.value(), at), SubjectAuditAction.RECORD_INFORMED, actor);
  }

  /**
   * Audited inside the transaction that changed the row: if the entry cannot be written the change
   * rolls back, so no marking goes unrecorded.
   */
  private Marking mark(RecordId record, boolean changed, AuditAction action, String actor) {
    if (!changed) {
      return rows.exists(record.value()) ? Marking.UNCHANGED : Marking.NOT_FOUND;
    }
    audit.recordDurably(
        AuditActor.of(actor).did(action, "record", record.toString(), AuditRecord.Outcome.SUCCESS));
    return Marking.CHANGED;
  }

  @Override
  public List<ActivityFlags> flagsOf(SubjectId subject) {
    return subjects.live(subject.value()).map(rows::flagsOf).orElse(List.of());
  }
}
