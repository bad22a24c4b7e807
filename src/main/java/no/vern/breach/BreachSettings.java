package no.vern.breach;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the breach register ({@code vern.breach}).
 *
 * @param dpoEmail where the reminders of the 72-hour clock go ({@code VERN_BREACH_DPO_EMAIL});
 *     blank for the DPO's address in the inventory in force
 * @param alertDelay how often the clock is looked at for the 24- and 6-hour reminders
 */
@ConfigurationProperties("vern.breach")
record BreachSettings(@DefaultValue("") String dpoEmail, @DefaultValue("5m") Duration alertDelay) {}
