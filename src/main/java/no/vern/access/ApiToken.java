package no.vern.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An API token as stored: never the secret, only its hash (kept out of this record) and prefix. */
record ApiToken(
    UUID id,
    String name,
    String prefix,
    Set<Role> roles,
    Instant expiresAt,
    Instant createdAt,
    String createdBy,
    Instant revokedAt,
    Instant lastUsedAt) {

  boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  boolean revoked() {
    return revokedAt != null;
  }
}
