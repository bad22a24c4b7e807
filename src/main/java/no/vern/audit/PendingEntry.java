package no.vern.audit;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * An entry waiting for the writer. Time and correlation id are taken on the caller's thread, when
 * the action happened, not when the batch is written.
 */
record PendingEntry(
    AuditRecord record,
    Instant occurredAt,
    String correlationId,
    CompletableFuture<AppendedEntry> appended) {}
