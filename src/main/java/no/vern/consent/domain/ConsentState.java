package no.vern.consent.domain;

import java.time.Instant;
import no.vern.consent.ConsentStatus;

/**
 * The current state of one person's consent to one purpose: the last event's status and since when,
 * when a consent in force expires (null: never), and whether it must be renewed.
 */
public record ConsentState(
    ConsentStatus status, Instant since, Instant expiresAt, boolean renewalRequired) {

  /** Whether the consent has reached its maximum age at {@code now}, swept or not. */
  public boolean expiredAt(Instant now) {
    return status.inForce() && expiresAt != null && !now.isBefore(expiresAt);
  }
}
