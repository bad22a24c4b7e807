package no.vern.audit;

import java.time.OffsetDateTime;

/** One entry as people and integrators see it; the hash is hex so it can be quoted. */
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
    String hash) {}
