package no.vern.access;

import static no.vern.access.AccessAuditAction.API_TOKEN_REJECTED;
import static no.vern.access.AccessAuditAction.API_TOKEN_USED;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.vern.access.TokenCheck.Reason;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * Decides whether a presented API token may be used, and puts every use and every rejection on the
 * audit trail. The trail gets the token id, never the secret; both are queued rather than awaited
 * because they happen on every API call.
 */
@Service
public class BearerTokens {

  private final ApiTokens tokens;
  private final AuditTrail audit;
  private final Clock clock;

  BearerTokens(ApiTokens tokens, AuditTrail audit, Clock clock) {
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
  }

  public TokenCheck check(String secret) {
    if (!TokenSecrets.plausible(secret)) {
      return rejected(Reason.MALFORMED, "");
    }
    Optional<ApiToken> found = tokens.byHash(TokenSecrets.hash(secret));
    if (found.isEmpty()) {
      return rejected(Reason.UNKNOWN, "");
    }
    ApiToken token = found.get();
    Instant now = clock.instant();
    if (token.revoked()) {
      return rejected(Reason.REVOKED, token.id().toString());
    }
    if (token.expiredAt(now)) {
      return rejected(Reason.EXPIRED, token.id().toString());
    }
    // The row already says whether it was used within the last minute; then skip the write.
    if (!recentlyTouched(token, now)) {
      tokens.touch(token.id(), now);
    }
    String id = token.id().toString();
    // Best effort: every request a token makes records its own entry where it has legal weight,
    // and a durable write here would put a commit into every API answer.
    audit.recordBestEffort(
        new AuditRecord(ActorType.API_TOKEN, id, API_TOKEN_USED, "api_token", id, Outcome.SUCCESS));
    return new TokenCheck.Accepted(token.id(), token.roles());
  }

  private static boolean recentlyTouched(ApiToken token, Instant now) {
    Instant last = token.lastUsedAt();
    return last != null && last.isAfter(now.minus(ApiTokens.TOUCH_GRANULARITY));
  }

  /** The trail keeps why; the caller is told only that the token is not valid. */
  private TokenCheck rejected(Reason reason, String tokenId) {
    audit.record(
        new AuditRecord(
                ActorType.ANONYMOUS, "", API_TOKEN_REJECTED, "api_token", tokenId, Outcome.DENIED)
            .because(reason.name()));
    return new TokenCheck.Rejected(reason);
  }
}
