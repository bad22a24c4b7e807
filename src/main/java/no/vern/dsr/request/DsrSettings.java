package no.vern.dsr.request;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of requests from data subjects ({@code vern.dsr}).
 *
 * @param codeTtl how long a mailed one-time code works
 * @param codeAttempts wrong codes allowed before the code is spent and a new one must be asked for
 * @param unverifiedTtl how long a request may wait for verification before it expires and its data
 *     is purged
 * @param reminderWorkingDays the assignee is reminded this many working days before the due date
 * @param sweepDelay time between runs of the expiry sweep and the reminders
 * @param keyset the module's Tink AEAD keyset (Tink JSON) from a secrets manager; blank for the
 *     file {@code vern.keys.dir/dsr/aead-keyset.json}
 * @param codeKeyset the HMAC keyset codes are hashed with; blank for {@code dsr/code-keyset.json}
 * @param webhookUrl where request events are posted for the organisation's own case system; blank
 *     for none
 * @param webhookSecret the HMAC-SHA256 key the webhook's signature is made with
 * @param webhookRetryDelay how often the failed webhook posts are looked at; the n-th retry of one
 *     waits this times 2^(n-1), at most an hour
 * @param answeredRetention how long a closed request keeps what identifies the person (address,
 *     text, subject link, notes): three years, the general limitation period (foreldelsesloven § 2)
 */
@ConfigurationProperties("vern.dsr")
public record DsrSettings(
    @DefaultValue("30m") Duration codeTtl,
    @DefaultValue("5") int codeAttempts,
    @DefaultValue("14d") Duration unverifiedTtl,
    @DefaultValue("3") int reminderWorkingDays,
    @DefaultValue("10m") Duration sweepDelay,
    @DefaultValue("1m") Duration sweepInitialDelay,
    @DefaultValue("") String keyset,
    @DefaultValue("") String codeKeyset,
    @DefaultValue("") String webhookUrl,
    @DefaultValue("") String webhookSecret,
    @DefaultValue("1m") Duration webhookRetryDelay,
    @DefaultValue("P3Y") Period answeredRetention) {}
