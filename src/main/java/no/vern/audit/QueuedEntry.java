package no.vern.audit;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * An entry handed to the writer's queue, outside any transaction. Time and correlation id are taken
 * on the caller's thread, when the action happened, not when the batch is written.
 */
record QueuedEntry(
    AuditRecord record,
    Instant occurredAt,
    String correlationId,
    CompletableFuture<AppendedEntry> appended) {}
