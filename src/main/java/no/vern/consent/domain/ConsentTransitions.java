package no.vern.consent.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import no.vern.consent.ConsentStatus;

/** How an event changes the state of one person's consent to one purpose. */
public final class ConsentTransitions {

  private ConsentTransitions() {}

  /**
   * The status to record for a requested one. Consent given where the last one had expired, or
   * where a material change asked for renewal, is recorded as {@code RENEWED} (DPV's
   * RenewedConsentGiven); everything else as requested.
   */
  public static ConsentStatus recorded(ConsentStatus requested, ConsentState current, Instant now) {
    if (requested != ConsentStatus.GIVEN || current == null) {
      return requested;
    }
    boolean lapsed = current.status() == ConsentStatus.EXPIRED || current.expiredAt(now);
    boolean renewing = current.status().inForce() && current.renewalRequired();
    return lapsed || renewing ? ConsentStatus.RENEWED : ConsentStatus.GIVEN;
  }

  /**
   * The state after an event with this status at {@code at}. A consent in force expires {@code
   * maxAge} after it was given (null: never); every event answers a pending renewal.
   */
  public static ConsentState after(ConsentStatus status, Instant at, Period maxAge) {
    Instant expires = status.inForce() ? expiry(at, maxAge) : null;
    return new ConsentState(status, at, expires, false);
  }

  /**
   * {@code givenAt + maxAge} on the UTC calendar (31 January plus one month is 28 or 29 February),
   * the same arithmetic as PostgreSQL's {@code timestamp + interval}, so a changed maxAge can be
   * applied to stored states in SQL.
   */
  public static Instant expiry(Instant givenAt, Period maxAge) {
    if (maxAge == null || maxAge.isZero()) {
      return null;
    }
    return givenAt.atZone(ZoneOffset.UTC).plus(maxAge).toInstant();
  }
}
