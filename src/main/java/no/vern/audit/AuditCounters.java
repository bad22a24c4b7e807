package no.vern.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vern.shared.VernSettings;
import no.vern.shared.time.ShownTimes;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overview's "audit chain last verified": the newest {@link TrailAuditAction#AUDIT_VERIFIED}
 * entry, found by the index on (action code, id). Urgent when that check found the chain broken,
 * needing attention when it never ran or is more than {@link #STALE} old. Links to the trail
 * filtered to the verifications; the roles are the trail's.
 */
@Component
class AuditCounters implements no.vern.shared.web.OverviewCounters {

  /** Nothing runs the check on a schedule; a week without one is worth a look. */
  static final Duration STALE = Duration.ofDays(7);

  private record Last(Instant at, boolean ok) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  /** In VERN_TIME_ZONE, with the zone's name: "2026-03-01 14:05 CET". */
  private final DateTimeFormatter minutes;

  AuditCounters(JdbcClient jdbc, Clock clock, VernSettings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.minutes = ShownTimes.minutes(settings.timeZone());
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO", "AUDITOR");
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public List<OverviewCounter> counters() {
    int code = TrailAuditAction.AUDIT_VERIFIED.code();
    String link = "/admin/audit?action=" + code;
    Optional<Last> last =
        jdbc.sql(
                "SELECT occurred_at, outcome FROM audit_entry WHERE action_code = ?"
                    + " ORDER BY id DESC LIMIT 1")
            .param(code)
            .query(
                (rs, n) ->
                    new Last(
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                        AuditRecord.Outcome.SUCCESS.name().equals(rs.getString("outcome"))))
            .optional();
    if (last.isEmpty()) {
      return List.of(
          new OverviewCounter(
                  "audit-verified",
                  "audit.overview.verified",
                  "–",
                  Severity.ATTENTION,
                  link,
                  null,
                  List.of())
              .withNote("audit.overview.never"));
    }
    Severity severity =
        !last.get().ok()
            ? Severity.URGENT
            : last.get().at().isBefore(clock.instant().minus(STALE))
                ? Severity.ATTENTION
                : Severity.OK;
    return List.of(
        new OverviewCounter(
                "audit-verified",
                "audit.overview.verified",
                minutes.format(last.get().at()),
                severity,
                link,
                null,
                List.of())
            .withNote(last.get().ok() ? "audit.overview.intact" : "audit.overview.broken"));
  }
}
