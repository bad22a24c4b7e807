package no.vern.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcDisclosures implements Disclosures {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  JdbcDisclosures(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public UUID record(
      SubjectId subject,
      String recipient,
      String reason,
      List<String> activities,
      int recordCount,
      String actor,
      @Nullable UUID requestId) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO disclosure (id, subject_id, recipient, reason, activities, record_count,
              disclosed_at, actor, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            subject.value(),
            recipient,
            reason,
            activities.toArray(String[]::new),
            recordCount,
            Timestamp.from(clock.instant()),
            actor,
            requestId)
        .update();
    audit.record(
        AuditActor.of(actor)
            .did(
                DisclosureAuditAction.DISCLOSURE_RECORDED,
                "disclosure",
                id.toString(),
                AuditRecord.Outcome.SUCCESS));
    return id;
  }

  @Override
  public List<Disclosure> of(SubjectId subject) {
    return jdbc.sql(
            """
            SELECT id, recipient, reason, activities, record_count, disclosed_at, request_id
            FROM disclosure WHERE subject_id = ? ORDER BY disclosed_at, id""")
        .param(subject.value())
        .query(
            (rs, n) ->
                new Disclosure(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    Arrays.asList((String[]) rs.getArray(4).getArray()),
                    rs.getInt(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getObject(7, UUID.class)))
        .list();
  }
}
