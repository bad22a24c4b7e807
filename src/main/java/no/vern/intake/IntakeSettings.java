package no.vern.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the CSV import and how long idempotency keys are kept (docs/intake.md).
 *
 * @param importMaxRows data rows one import takes; the rest of a larger file is refused
 * @param importBatchSize rows stored per transaction
 * @param importWriters threads storing batches, shared by all imports of this instance
 * @param idempotencyRetention how long a key and its answer are kept
 * @param idempotencyPurgeDelay the time between runs of the purge of old keys
 * @param idempotencyLease how long a request may hold a key without progress before it counts as
 *     abandoned (a crashed instance)
 */
@ConfigurationProperties("vern.intake")
record IntakeSettings(
    @DefaultValue("1000000") int importMaxRows,
    @DefaultValue("2000") int importBatchSize,
    @DefaultValue("2") int importWriters,
    @DefaultValue("24h") Duration idempotencyRetention,
    @DefaultValue("2m") Duration idempotencyLease,
    @DefaultValue("10m") Duration idempotencyPurgeDelay) {}
