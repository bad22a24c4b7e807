package no.vern.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.shared.PrincipalNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-limited grants beyond a user's scope (issue 18): a DPO or ADMIN gives one user access to one
 * person or one activity with a reason and an end; a user opens break-glass access to one person
 * with a reason, for {@link ScopeSettings#breakGlassPeriod()}, flagged to the DPO. A grant ends by
 * itself: {@link ReadScopes} reads only those running on Vern's clock.
 */
@Service
public class Grants {

  private static final Pattern ACTIVITY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private static final String COLUMNS =
      "g.id, g.user_id, u.username, g.kind, g.target, g.reason, g.break_glass, g.granted_by,"
          + " g.granted_at, g.ends_at, g.ended_at, g.last_used_at";

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final BreakGlassMail mail;
  private final ScopeSettings settings;
  private final Clock clock;

  Grants(
      JdbcClient jdbc, AuditTrail audit, BreakGlassMail mail, ScopeSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.mail = mail;
    this.settings = settings;
    this.clock = clock;
  }

  /** Every grant, running and ended, newest first. */
  List<Grant> all() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM access_grant g JOIN access_user u ON u.id = g.user_id"
                + " ORDER BY g.granted_at DESC, g.id")
        .query(
            (rs, n) ->
                new Grant(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBoolean(7),
                    rs.getString(8),
                    SqlValues.instant(rs, "granted_at"),
                    SqlValues.instant(rs, "ends_at"),
                    SqlValues.instant(rs, "ended_at"),
                    SqlValues.instant(rs, "last_used_at")))
        .list();
  }

  /** A DPO or ADMIN gives {@code user} a grant; refused with a message key when not usable. */
  @Transactional
  UUID give(Actor by, UUID user, String kind, String target, String reason, Instant endsAt) {
    String cleanTarget = target == null ? "" : target.strip();
    if ("person".equals(kind)) {
      try {
        cleanTarget = UUID.fromString(cleanTarget).toString();
      } catch (IllegalArgumentException e) {
        throw new RuleViolation("access.grants.targetInvalid");
      }
    } else if (!"activity".equals(kind) || !ACTIVITY.matcher(cleanTarget).matches()) {
      throw new RuleViolation("access.grants.targetInvalid");
    }
    Instant now = clock.instant();
    if (endsAt == null
        || !endsAt.isAfter(now)
        || endsAt.isAfter(now.plus(Duration.ofDays(settings.maxGrantDays())))) {
      throw new RuleViolation("access.grants.endInvalid");
    }
    if (!userExists(user)) {
      throw new RuleViolation("access.grants.userInvalid");
    }
    UUID id =
        insert(user, kind, cleanTarget, reason(reason), false, by.principalName(), now, endsAt);
    audit.recordDurably(
        new AuditRecord(
            by.type(),
            by.id(),
            ScopeAuditAction.GRANT_GIVEN,
            "grant",
            id.toString(),
            Outcome.SUCCESS));
    return id;
  }

  /** Ends a running grant now; false when it had ended already or does not exist. */
  @Transactional
  boolean end(Actor by, UUID grant) {
    Instant now = clock.instant();
    boolean ended =
        jdbc.sql(
                    "UPDATE access_grant SET ended_at = ?, ended_by = ? WHERE id = ?"
                        + " AND ended_at IS NULL AND ends_at > ?")
                .params(Timestamp.from(now), by.principalName(), grant, Timestamp.from(now))
                .update()
            == 1;
    if (ended) {
      audit.recordDurably(
          new AuditRecord(
              by.type(),
              by.id(),
              ScopeAuditAction.GRANT_ENDED,
              "grant",
              grant.toString(),
              Outcome.SUCCESS));
    }
    return ended;
  }

  /**
   * Break-glass: the user {@code principal} opens access to one person outside their scope, for the
   * fixed period, with a reason. Audited with the subject id and flagged to the DPO by mail (when
   * mail and a DPO address are set up; the grants page lists every opening in any case). Throws
   * {@link IllegalArgumentException} when the reason is blank or the caller is not a user.
   *
   * @return when the access ends
   */
  @Transactional
  public Instant breakGlass(String principal, UUID subject, String reason) {
    UUID user =
        PrincipalNames.userId(principal)
            .filter(this::userExists)
            .orElseThrow(() -> new IllegalArgumentException("Only a user can break the glass"));
    String why;
    try {
      why = reason(reason);
    } catch (RuleViolation v) {
      throw new IllegalArgumentException("Break-glass needs a reason");
    }
    Instant now = clock.instant();
    Instant ends = now.plus(settings.breakGlassPeriod());
    insert(user, "person", subject.toString(), why, true, principal, now, ends);
    Actor actor = Actor.of(principal);
    audit.recordDurably(
        new AuditRecord(
            actor.type(),
            actor.id(),
            ScopeAuditAction.BREAK_GLASS_OPENED,
            "subject",
            subject.toString(),
            Outcome.SUCCESS));
    mail.flag(ends);
    return ends;
  }

  private static String reason(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 1000) {
      throw new RuleViolation("access.grants.reasonRequired");
    }
    return why;
  }

  private boolean userExists(UUID user) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_user WHERE id = ?)")
        .param(user)
        .query(Boolean.class)
        .single();
  }

  private UUID insert(
      UUID user,
      String kind,
      String target,
      String reason,
      boolean breakGlass,
      String by,
      Instant now,
      Instant ends) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO access_grant (id, user_id, kind, target, reason, break_glass, granted_by,"
                + " granted_at, ends_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            user,
            kind,
            target,
            reason,
            breakGlass,
            by,
            Timestamp.from(now),
            Timestamp.from(ends))
        .update();
    return id;
  }
}
