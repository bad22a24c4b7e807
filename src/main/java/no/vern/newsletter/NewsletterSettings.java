package no.vern.newsletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code confirmation-ttl}: how long a double opt-in link works (default 72 hours); unconfirmed
 * sign-ups are removed with their record after it. {@code preference-link-ttl}: how long a mailed
 * link to the preference page works. {@code unsubscribe-mailbox}: the address of the {@code
 * mailto:} in {@code List-Unsubscribe}, written as {@code local@domain} and sent as {@code
 * local+<token>@domain}; blank for {@code unsubscribe@} the base URL's host. {@code keyset}: the
 * newsletter HMAC keyset (Tink JSON) from a secrets manager; blank for the file under {@code
 * vern.keys.dir/consent}. {@code sweep-delay}: time between runs of the sweeps that remove expired
 * sign-ups and ask for renewals, the first ones {@code sweep-initial-delay} after the first start.
 */
@ConfigurationProperties("vern.consent.newsletters")
record NewsletterSettings(
    @DefaultValue("72h") Duration confirmationTtl,
    @DefaultValue("7d") Duration preferenceLinkTtl,
    @DefaultValue("") String unsubscribeMailbox,
    @DefaultValue("") String keyset,
    @DefaultValue("5m") Duration sweepDelay,
    @DefaultValue("30s") Duration sweepInitialDelay) {}
