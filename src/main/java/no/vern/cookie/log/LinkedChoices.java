package no.vern.cookie.log;

import java.util.List;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.cookie.CookieAuditAction;
import no.vern.cookie.CookieChoicesOfPerson;
import no.vern.subject.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The log's choices linked to a person, for their access package. */
@Service
class LinkedChoices implements CookieChoicesOfPerson {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  LinkedChoices(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Override
  public List<LinkedChoice> of(SubjectId subject, String actor) {
    audit.recordDurably(
        AuditActor.of(actor)
            .did(
                CookieAuditAction.COOKIE_CONSENT_READ,
                "subject",
                subject.value().toString(),
                Outcome.SUCCESS));
    return jdbc
        .sql(
            "SELECT "
                + ConsentLog.COLUMNS
                + " FROM cookie_consent WHERE consent_id IN (SELECT l.consent_id"
                + " FROM cookie_consent_subject l JOIN subject s ON s.id = l.subject_id"
                + " WHERE s.id = :subject OR s.merged_into = :subject)"
                + " ORDER BY recorded_at, id")
        .param("subject", subject.value())
        .query(ConsentLog::choice)
        .list()
        .stream()
        .map(
            c ->
                new LinkedChoice(
                    c.consentId(),
                    c.recordedAt(),
                    c.method(),
                    c.accepted(),
                    c.refused(),
                    c.gpcApplied(),
                    c.pageUrl()))
        .toList();
  }
}
