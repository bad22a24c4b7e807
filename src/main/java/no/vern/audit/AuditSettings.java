package no.vern.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long entries are kept before the signed purge removes them (ISO-8601, default five years),
 * and when the purge runs ({@code purge-cron}, Spring cron with seconds, UTC; one instance runs
 * it).
 */
@ConfigurationProperties("vern.audit")
record AuditSettings(
    @DefaultValue("P5Y") Period retention, @DefaultValue("0 17 3 * * *") String purgeCron) {}
