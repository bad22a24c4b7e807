package no.vern.consent.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.vern.consent.Decision;
import no.vern.consent.Decision.Reason;
import no.vern.consent.RenewalPending;
import no.vern.consent.RestrictionGround;
import org.jspecify.annotations.Nullable;

/**
 * The enforcement rules, in the order they deny: an unknown person has no record; on consent, the
 * consent state decides (never asked, refused, withdrawn, expired, invalidated, renewal pending);
 * what would be allowed then goes through the person's restriction (Art. 18) and objections (Art.
 * 21) for any activity concerned, which stop only what the law says they stop ({@link
 * #afterFlags}). An activity on another legal basis is allowed on that basis unless so denied.
 */
public final class DecisionRules {

  /**
   * What a restriction leaves (Art. 18(2)): storage is never asked about; a legal obligation
   * (accounting, anti-money laundering: the law requires keeping and reporting), the protection of
   * another person (vital interests) and legal claims (Art. 9(2)(f), the basis that names them).
   * Consent does not survive: the person who asked for the restriction has not consented to use of
   * the restricted data.
   */
  static final Set<String> RESTRICTION_LEAVES = Set.of("A6-1-c", "A6-1-d", "A9-2-f");

  /** What an upheld objection under Art. 21(1) reaches: public task and legitimate interests. */
  static final Set<String> OBJECTION_REACHES = Set.of("A6-1-e", "A6-1-f");

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

  /**
   * An allow, kept, narrowed or turned into a deny by the person's restriction and objections:
   *
   * <ul>
   *   <li>an objection to direct marketing (21(3)) denies at once, whatever the basis;
   *   <li>on consent, a restriction denies; an objection under 21(1) does not reach consent;
   *   <li>on other bases, a restriction leaves only {@link #RESTRICTION_LEAVES} and an upheld
   *       objection removes {@link #OBJECTION_REACHES}; the allow then rests on the first basis
   *       left, marked with what limited it, or is denied when none is left.
   * </ul>
   */
  public static Decision afterFlags(Decision allowed, Target target, Limits limits) {
    return afterFlags(allowed, target, limits, null);
  }

  /**
   * As above, for a use the caller states an Art. 18(2) ground for: a restriction then lets it
   * through on the bases it has, marked restricted; objections are weighed as always.
   */
  public static Decision afterFlags(
      Decision allowed, Target target, Limits limits, @Nullable RestrictionGround ground) {
    if (!allowed.allowed()) {
      return allowed;
    }
    if (limits.marketingObjection()) {
      return Decision.deny(Reason.OBJECTED, null);
    }
    if (target.onConsent()) {
      if (!limits.restricted()) {
        return allowed;
      }
      return ground == null
          ? Decision.deny(Reason.RESTRICTED, null)
          : allowed.limited(allowed.legalBasis(), Reason.RESTRICTED);
    }
    List<String> left = target.bases();
    Reason limit = null;
    if (limits.restricted() && ground == null) {
      left = left.stream().filter(RESTRICTION_LEAVES::contains).toList();
      if (left.isEmpty()) {
        return Decision.deny(Reason.RESTRICTED, null);
      }
      // Even a basis the restriction leaves whole is marked: the data is restricted.
      limit = Reason.RESTRICTED;
    } else if (limits.restricted()) {
      limit = Reason.RESTRICTED;
    }
    if (limits.objectionUpheld() && left.stream().anyMatch(OBJECTION_REACHES::contains)) {
      left = left.stream().filter(b -> !OBJECTION_REACHES.contains(b)).toList();
      if (left.isEmpty()) {
        return Decision.deny(Reason.OBJECTED, null);
      }
      limit = limit == null ? Reason.OBJECTED : limit;
    }
    return limit == null ? allowed : allowed.limited(left.get(0), limit);
  }
}
