package no.vern.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the access module.
 *
 * @param adminPassword the first admin's password; blank means "generate a one-time password"
 * @param bootstrapToken an API token to store on first start, so automation can start at once
 * @param maxFailedLogins consecutive failed logins before the account locks
 * @param lockoutDuration how long a locked account stays locked
 */
@ConfigurationProperties("vern.access")
record AccessSettings(
    String adminPassword,
    String bootstrapToken,
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("15m") Duration lockoutDuration) {

  LockoutPolicy lockoutPolicy() {
    return new LockoutPolicy(maxFailedLogins, lockoutDuration);
  }
}
