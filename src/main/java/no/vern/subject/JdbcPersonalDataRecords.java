package no.vern.subject;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

  JdbcPersonalDataRecords(JdbcClient jdbc, Subjects subjects, SubjectKeys keys, AuditTrail audit) {
    this.jdbc = jdbc;
    this.subjects = subjects;
    this.keys = keys;
    this.audit = audit;
  }

  @Override
  @Transactional
  public RecordId store(SubjectId subject, NewRecord record, String actor) {
    UUID live =
        subjects
            .live(subject.value())
            .orElseThrow(() -> new IllegalArgumentException("No subject " + subject));
    UUID id = UUID.randomUUID();
    SubjectCipher cipher = keys.cipher();
    byte[] ciphertext = cipher.encryptRecord(id, JSON.writeValueAsBytes(record.data()));
    jdbc.sql(
            """
            INSERT INTO personal_data_record
              (id, subject_id, controller, activity, source, collected_at, data_ciphertext,
               aead_key_id, last_contact_at, relationship_ended_at, case_closed_at, inform_by,
               screening_categories, review_state)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
            record.screening().awaitingReview() ? "AWAITING_REVIEW" : null)
        .update();
    RecordId recordId = new RecordId(id);
    AuditActor who = AuditActor.of(actor);
    AfterCommit.run(
        () ->
            audit.record(
                new AuditRecord(
                    who.type(),
                    who.id(),
                    AuditAction.RECORD_STORED,
                    "record",
                    id.toString(),
                    AuditRecord.Outcome.SUCCESS)));
    return recordId;
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
}
