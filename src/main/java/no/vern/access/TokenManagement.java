package no.vern.access;

import static no.vern.access.AccessAuditAction.API_TOKEN_CREATED;
import static no.vern.access.AccessAuditAction.API_TOKEN_REVOKED;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import org.springframework.stereotype.Service;

/** Creates, lists and revokes API tokens; the admin pages and the API both come through here. */
@Service
class TokenManagement {

  static final int DEFAULT_DAYS = 90;
  static final int MAX_DAYS = 365;

  /** A token just made, with the secret that is shown this once and never stored. */
  record Issued(ApiToken token, String secret) {}

  private final ApiTokens tokens;
  private final ScopeRows scopes;
  private final VerifiedTokens verified;
  private final TokenUses uses;
  private final AuditTrail audit;
  private final Clock clock;

  TokenManagement(
      ApiTokens tokens,
      ScopeRows scopes,
      VerifiedTokens verified,
      TokenUses uses,
      AuditTrail audit,
      Clock clock) {
    this.tokens = tokens;
    this.scopes = scopes;
    this.verified = verified;
    this.uses = uses;
    this.audit = audit;
    this.clock = clock;
  }

  List<ApiToken> all() {
    return tokens.all().stream().map(this::withUnwrittenUse).toList();
  }

  java.util.Optional<ApiToken> byId(UUID id) {
    return tokens.byId(id).map(this::withUnwrittenUse);
  }

  /** Requests per token over the last 24 hours, from the per-minute counts. */
  java.util.Map<UUID, Long> usesLastDay() {
    return uses.usesSince(clock.instant().minus(Duration.ofDays(1)));
  }

  /**
   * The last use as stored, or later when this instance has counted a use it has not written yet
   * (the flush runs every second), so a token used a moment ago never shows as unused.
   */
  private ApiToken withUnwrittenUse(ApiToken t) {
    return uses.unwrittenLastUse(t.id())
        .filter(last -> t.lastUsedAt() == null || last.isAfter(t.lastUsedAt()))
        .map(
            last ->
                new ApiToken(
                    t.id(),
                    t.name(),
                    t.prefix(),
                    t.roles(),
                    t.expiresAt(),
                    t.createdAt(),
                    t.createdBy(),
                    t.revokedAt(),
                    last))
        .orElse(t);
  }

  Issued create(Actor actor, String name, Set<Role> roles, int days, Scope scope) {
    return store(actor, name, roles, days, scope, TokenSecrets.generate());
  }

  /** The listed scopes by principal name; a token not in it has all controllers. */
  java.util.Map<String, Scope> listedScopes() {
    return scopes.all();
  }

  /** The token's scope as stored: the listed one, or all controllers. */
  Scope scopeOf(UUID id) {
    Scope listed = scopes.listed(no.vern.shared.PrincipalNames.token(id));
    return listed == null ? Scope.ALL : listed;
  }

  /** Each token's listed scope label by principal name; tokens with all controllers are absent. */
  java.util.Map<String, String> scopeLabels() {
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    scopes.all().forEach((p, s) -> labels.put(p, s.label()));
    return labels;
  }

  /** Stores a secret chosen elsewhere (the bootstrap token from the environment). */
  @org.springframework.transaction.annotation.Transactional
  Issued store(Actor actor, String name, Set<Role> roles, int days, Scope scope, String secret) {
    if (scope == null) {
      throw new IllegalArgumentException("A token needs a scope");
    }
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new IllegalArgumentException("A token needs a name of 1 to 100 characters");
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("A token needs at least one role");
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("A token expires after 1 to " + MAX_DAYS + " days");
    }
    Instant now = clock.instant();
    ApiToken token =
        new ApiToken(
            UUID.randomUUID(),
            name.strip(),
            TokenSecrets.displayPrefix(secret),
            EnumSet.copyOf(roles),
            now.plus(Duration.ofDays(days)),
            now,
            actor.principalName(),
            null,
            null);
    tokens.insert(token, TokenSecrets.hash(secret), scope.all());
    scopes.insert(no.vern.shared.PrincipalNames.token(token.id()), scope);
    record(actor, API_TOKEN_CREATED, token.id());
    record(actor, ScopeAuditAction.SCOPE_GIVEN, token.id());
    return new Issued(token, secret);
  }

  /** False when there is no such token or it was revoked already. */
  boolean revoke(Actor actor, UUID id) {
    boolean revoked = tokens.revoke(id, clock.instant());
    // The database tells every instance (TokenChangeListener); this one need not wait for it.
    verified.forget(id);
    if (revoked) {
      record(actor, API_TOKEN_REVOKED, id);
    }
    return revoked;
  }

  private void record(Actor actor, AuditAction action, UUID tokenId) {
    audit.recordDurably(
        new AuditRecord(
            actor.type(), actor.id(), action, "api_token", tokenId.toString(), Outcome.SUCCESS));
  }
}
