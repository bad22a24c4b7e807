package no.vern.access;

import java.time.Instant;
import java.util.UUID;

/** A time-limited grant as stored (access_grant); {@code username} is the user's, for pages. */
record Grant(
    UUID id,
    UUID userId,
    String username,
    String kind,
    String target,
    String reason,
    boolean breakGlass,
    String grantedBy,
    Instant grantedAt,
    Instant endsAt,
    Instant endedAt,
    Instant lastUsedAt) {

  /** Running at {@code now}: not ended early and its end not reached. */
  boolean runningAt(Instant now) {
    return endedAt == null && now.isBefore(endsAt);
  }
}
