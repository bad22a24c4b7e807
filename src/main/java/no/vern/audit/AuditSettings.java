package no.vern.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long entries are kept before the signed purge removes them (ISO-8601, default five years).
 */
@ConfigurationProperties("vern.audit")
record AuditSettings(@DefaultValue("P5Y") Period retention) {}
