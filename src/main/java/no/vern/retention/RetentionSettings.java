package no.vern.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention (README, docs/retention.md).
 *
 * @param sweepCron when the sweep runs (Spring cron with seconds, UTC); {@code -} switches it off
 * @param batchSize records per batch; each batch is one transaction
 * @param lease how long a run may go without finishing a batch before another may take it over
 * @param workers how many batches of a big backlog's page pass, and how many ranges of the
 *     settlement, run at once, each on its own connection (1: one after another)
 */
@ConfigurationProperties("vern.retention")
record RetentionSettings(
    @DefaultValue("0 23 2 * * *") String sweepCron,
    @DefaultValue("5000") int batchSize,
    @DefaultValue("2m") Duration lease,
    @DefaultValue("2") int workers) {}
