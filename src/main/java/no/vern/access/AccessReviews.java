package no.vern.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditReads;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.shared.PrincipalNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access review (issue 18, docs/need-to-know.md "Access reviews"): who can see what now, when
 * each account last read personal data, the grants that run or ended lately, and the record of
 * reviews done. Read for the page on demand; nothing here is cached.
 */
@Service
class AccessReviews {

  /** An account with no read of personal data for this long has "unused access". */
  static final Duration UNUSED_AFTER = Duration.ofDays(90);

  /** Grants that ended within this long are still shown, for the review to see what happened. */
  static final Duration ENDED_WITHIN = Duration.ofDays(90);

  /** A review as recorded; {@code reviewedBy} is the principal name. */
  record Review(UUID id, Instant reviewedAt, String reviewedBy, String note) {}

  /**
   * An active user or a live token: {@code kind} is "user" or "token", {@code lastSignIn} the last
   * sign-in of a user or the last use of a token, {@code lastRead} the newest read of personal data
   * on the audit trail (null: none).
   */
  record Account(
      String kind,
      UUID id,
      String name,
      Set<Role> roles,
      Scope scope,
      Instant createdAt,
      Instant lastSignIn,
      Instant lastRead) {

    /** No read for {@link #UNUSED_AFTER}, counted from its creation when it never read. */
    boolean unusedAt(Instant now) {
      Instant since = lastRead != null ? lastRead : createdAt;
      return since == null || !since.isAfter(now.minus(UNUSED_AFTER));
    }
  }

  private final JdbcClient jdbc;
  private final UserAccounts users;
  private final TokenManagement tokens;
  private final ScopeRows scopes;
  private final Grants grants;
  private final AuditReads reads;
  private final AuditTrail audit;
  private final ReviewSettings settings;
  private final Clock clock;

  AccessReviews(
      JdbcClient jdbc,
      UserAccounts users,
      TokenManagement tokens,
      ScopeRows scopes,
      Grants grants,
      AuditReads reads,
      AuditTrail audit,
      ReviewSettings settings,
      Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.tokens = tokens;
    this.scopes = scopes;
    this.grants = grants;
    this.reads = reads;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** Every enabled user and every token neither revoked nor expired at {@code now}. */
  List<Account> accounts(Instant now) {
    Map<String, Scope> listed = scopes.all();
    List<Account> out = new ArrayList<>();
    for (AdminUser u : users.all()) {
      if (u.enabled()) {
        String principal = PrincipalNames.user(u.id());
        out.add(
            new Account(
                "user",
                u.id(),
                u.username(),
                u.roles(),
                listed.getOrDefault(principal, Scope.ALL),
                u.createdAt(),
                u.lastLoginAt(),
                null));
      }
    }
    for (ApiToken t : tokens.all()) {
      if (!t.revoked() && !t.expiredAt(now)) {
        String principal = PrincipalNames.token(t.id());
        out.add(
            new Account(
                "token",
                t.id(),
                t.name(),
                t.roles(),
                listed.getOrDefault(principal, Scope.ALL),
                t.createdAt(),
                t.lastUsedAt(),
                null));
      }
    }
    Map<AuditActor, Instant> last =
        reads.lastReadBy(out.stream().map(AccessReviews::actor).toList());
    return out.stream()
        .map(
            a ->
                new Account(
                    a.kind(),
                    a.id(),
                    a.name(),
                    a.roles(),
                    a.scope(),
                    a.createdAt(),
                    a.lastSignIn(),
                    last.get(actor(a))))
        .toList();
  }

  /** The grants running at {@code now} and those that ended within {@link #ENDED_WITHIN}. */
  List<Grant> grants(Instant now) {
    Instant since = now.minus(ENDED_WITHIN);
    return grants.all().stream()
        .filter(
            g ->
                g.runningAt(now) || (g.endedAt() != null ? g.endedAt() : g.endsAt()).isAfter(since))
        .toList();
  }

  /** The newest review, if any was recorded. */
  Optional<Review> last() {
    return jdbc.sql(
            "SELECT id, reviewed_at, reviewed_by, note FROM access_review"
                + " ORDER BY reviewed_at DESC, id LIMIT 1")
        .query(
            (rs, n) ->
                new Review(
                    rs.getObject(1, UUID.class),
                    SqlValues.instant(rs, "reviewed_at"),
                    rs.getString(3),
                    rs.getString(4)))
        .optional();
  }

  /** Whether a review is due at {@code now}: none recorded, or the last one an interval old. */
  boolean dueAt(Instant now) {
    return last().map(r -> !r.reviewedAt().isAfter(intervalBefore(now))).orElse(true);
  }

  /** {@code now} less the review interval (a period: months are calendar months, in UTC). */
  Instant intervalBefore(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minus(settings.reviewInterval()).toInstant();
  }

  /** Records that {@code by} reviewed access now, with an optional note; audited. */
  @Transactional
  UUID record(Actor by, String note) {
    String clean = note == null ? "" : note.strip();
    if (clean.length() > 2000) {
      throw new RuleViolation("access.review.noteTooLong");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO access_review (id, reviewed_at, reviewed_by, note) VALUES (?, ?, ?, ?)")
        .params(
            id, Timestamp.from(clock.instant()), by.principalName(), clean.isEmpty() ? null : clean)
        .update();
    audit.recordDurably(
        new AuditRecord(
            by.type(),
            by.id(),
            ScopeAuditAction.ACCESS_REVIEWED,
            "access-review",
            id.toString(),
            Outcome.SUCCESS));
    return id;
  }

  private static AuditActor actor(Account a) {
    return new AuditActor(
        a.kind().equals("user") ? AuditRecord.ActorType.USER : AuditRecord.ActorType.API_TOKEN,
        a.id().toString());
  }
}
