package no.vern.consent.domain;

import java.time.Instant;
import no.vern.consent.Decision;
import no.vern.consent.Decision.Reason;
import no.vern.consent.RenewalPending;

/**
 * The enforcement rules, in the order they deny: an unknown person has no record; on consent, the
 * consent state decides (never asked, refused, withdrawn, expired, invalidated, renewal pending);
 * what would be allowed is then denied by a restriction (Art. 18) or an objection (Art. 21) for any
 * activity concerned. An activity on another legal basis is allowed on that basis unless so denied.
 */
public final class DecisionRules {

  private DecisionRules() {}

  /**
   * The answer before restrictions and objections. An allow must then go through {@link
   * #afterFlags}; a deny is final.
   */
  public static Decision beforeFlags(
      boolean known, Target target, ConsentState state, Instant now, RenewalPending renewal) {
    if (!known) {
      return Decision.deny(Reason.NO_RECORD, null);
    }
    if (!target.onConsent()) {
      return Decision.allow(Reason.LEGAL_BASIS, null, target.legalBasis());
    }
    if (state == null) {
      return Decision.deny(Reason.NO_RECORD, null);
    }
    return switch (state.status()) {
      case REFUSED -> Decision.deny(Reason.REFUSED, state.since());
      case WITHDRAWN -> Decision.deny(Reason.WITHDRAWN, state.since());
      case EXPIRED -> Decision.deny(Reason.EXPIRED, state.since());
      case INVALIDATED -> Decision.deny(Reason.INVALIDATED, state.since());
      case GIVEN, RENEWED -> inForce(target, state, now, renewal);
    };
  }

  private static Decision inForce(
      Target target, ConsentState state, Instant now, RenewalPending renewal) {
    if (state.expiredAt(now)) {
      return Decision.deny(Reason.EXPIRED, state.expiresAt());
    }
    if (state.renewalRequired() && renewal == RenewalPending.DENY) {
      return Decision.deny(Reason.RENEWAL_REQUIRED, state.since());
    }
    return Decision.allow(Reason.CONSENT_GIVEN, state.since(), target.legalBasis());
  }

  /** An allow, kept or turned into a deny by the person's restriction or objection. */
  public static Decision afterFlags(Decision allowed, boolean restricted, boolean objected) {
    if (!allowed.allowed()) {
      return allowed;
    }
    if (restricted) {
      return Decision.deny(Reason.RESTRICTED, null);
    }
    if (objected) {
      return Decision.deny(Reason.OBJECTED, null);
    }
    return allowed;
  }
}
