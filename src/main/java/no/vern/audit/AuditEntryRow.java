package no.vern.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry as people and integrators see it; the hash is hex so it can be quoted.
 *
 * @param reportedActor who the integrator reporting the entry says acted (the actor is the token
 *     that reported it); null when nothing was reported
 * @param reason why the action was denied or failed, as a code; null when there is none
 */
record AuditEntryRow(
    long id,
    OffsetDateTime occurredAt,
    String actorType,
    String actorId,
    int actionCode,
    String action,
    String resourceType,
    String resourceId,
    String outcome,
    String correlationId,
    @Nullable String reportedActor,
    @Nullable String reason,
    String hash) {}
