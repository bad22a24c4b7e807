package no.vern.access;

import static no.vern.access.AccessAuditAction.API_TOKEN_REJECTED;

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
 * Decides whether a presented API token may be used. A token verified in the last seconds comes
 * from {@link VerifiedTokens} without a database round trip (revocations reach it through {@link
 * TokenChangeListener}); revocation and expiry are checked on every use from the record. A use is
 * counted per token per minute ({@link TokenUses}); every rejection is an audit entry of its own,
 * with the token id when known, never the secret.
 */
@Service
public class BearerTokens {

  private final ApiTokens tokens;
  private final VerifiedTokens verified;
  private final TokenUses uses;
  private final AuditTrail audit;
  private final Clock clock;

  BearerTokens(
      ApiTokens tokens, VerifiedTokens verified, TokenUses uses, AuditTrail audit, Clock clock) {
    this.tokens = tokens;
    this.verified = verified;
    this.uses = uses;
    this.audit = audit;
    this.clock = clock;
  }

  public TokenCheck check(String secret) {
    if (!TokenSecrets.plausible(secret)) {
      return rejected(Reason.MALFORMED, "");
    }
    byte[] hash = TokenSecrets.hash(secret);
    Optional<ApiToken> found = verified.byHash(hash, () -> tokens.byHash(hash));
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
    uses.used(token.id(), now);
    return new TokenCheck.Accepted(token.id(), token.roles());
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
