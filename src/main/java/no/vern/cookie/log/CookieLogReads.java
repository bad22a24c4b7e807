package no.vern.cookie.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.cookie.CookieAuditAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The admin's reads of the log. A read of choices is on the audit trail before they are handed out
 * (the consent id or the period, never what was chosen); the weekly rates are counts only and are
 * not audited.
 */
@Service
class CookieLogReads {

  /** The longest period one export covers, so one request cannot pull the whole log at once. */
  static final int MAX_EXPORT_DAYS = 400;

  private final ConsentLog log;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  CookieLogReads(ConsentLog log, AuditTrail audit, JdbcClient jdbc, Clock clock) {
    this.log = log;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<Choice> history(UUID consentId, String actor) {
    audit.recordDurably(
        AuditActor.of(actor)
            .did(
                CookieAuditAction.COOKIE_CONSENT_READ,
                "cookie-consent",
                consentId.toString(),
                Outcome.SUCCESS));
    return log.history(consentId);
  }

  /** The subjects a consent id is linked to (issue 15's sign-up link). */
  List<UUID> subjects(UUID consentId) {
    return jdbc.sql(
            "SELECT subject_id FROM cookie_consent_subject WHERE consent_id = ? ORDER BY linked_at")
        .param(consentId)
        .query(UUID.class)
        .list();
  }

  /** The choices of the days {@code from} to {@code to}, both included (UTC). */
  List<Choice> export(LocalDate from, LocalDate to, String actor) {
    audit.recordDurably(
        AuditActor.of(actor)
            .did(
                CookieAuditAction.COOKIE_LOG_EXPORTED,
                "cookie-consent-log",
                from + ".." + to,
                Outcome.SUCCESS));
    return log.between(
        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The last {@code weeks} weeks with choices, newest first. */
  List<WeekRates> weekly(int weeks) {
    Instant since = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(weeks * 7L, ChronoUnit.DAYS);
    return jdbc.sql(
            "SELECT date_trunc('week', recorded_at AT TIME ZONE 'UTC')::date AS week,"
                + " count(*) AS total,"
                + " count(*) FILTER (WHERE 'preferences' = ANY (accepted)) AS preferences,"
                + " count(*) FILTER (WHERE 'statistics' = ANY (accepted)) AS statistics,"
                + " count(*) FILTER (WHERE 'marketing' = ANY (accepted)) AS marketing"
                + " FROM cookie_consent WHERE recorded_at >= ? GROUP BY 1 ORDER BY 1 DESC")
        .param(Timestamp.from(since))
        .query(
            (rs, row) ->
                WeekRates.of(
                    rs.getObject("week", LocalDate.class),
                    rs.getInt("total"),
                    rs.getInt("preferences"),
                    rs.getInt("statistics"),
                    rs.getInt("marketing")))
        .list();
  }
}
