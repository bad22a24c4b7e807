package no.vern.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person who signs in to the admin area, as stored. */
record AdminUser(
    UUID id,
    String username,
    String passwordHash,
    Set<Role> roles,
    boolean enabled,
    boolean mustChangePassword,
    Instant createdAt,
    Instant lastLoginAt) {}
