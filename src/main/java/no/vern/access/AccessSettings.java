package no.vern.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the access module. The sign-in settings are described in docs/security.md, "Admin
 * sign-in"; {@code maxFailedLogins} and {@code lockoutDuration} keep their names from the time an
 * account was locked, and now set the throttle of one address on one username.
 *
 * @param adminPassword the first admin's password; blank means "generate a one-time password"
 * @param bootstrapToken an API token to store on first start, so automation can start at once
 * @param maxFailedLogins failures from one address on one username before its attempts are delayed
 * @param lockoutDuration the longest delay between attempts that the doubling reaches
 * @param maxFailedLoginsPerAddress failures from one address, on any usernames, before its attempts
 *     are delayed
 * @param failedLoginBurst failures on one username from all addresses that make a burst: the user
 *     is mailed, and every address gets one free attempt on that username instead of {@code
 *     maxFailedLogins}
 * @param loginDelay the first delay, doubled for each further failure
 * @param failedLoginWindow failures are forgotten after this long without one
 * @param throttleKey the key of the counters (base64, 32 bytes); blank: a key file
 * @param tokenCacheLifetime how long a verified API token is used without asking the database again
 *     (docs/security.md, "Token cache"); 0 turns the cache off
 * @param tokenUseFlush how often each instance writes its counts of API token use
 * @param tokenUseRetention how long the per-minute counts of API token use are kept
 */
@ConfigurationProperties("vern.access")
record AccessSettings(
    String adminPassword,
    String bootstrapToken,
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("15m") Duration lockoutDuration,
    @DefaultValue("20") int maxFailedLoginsPerAddress,
    @DefaultValue("10") int failedLoginBurst,
    @DefaultValue("5s") Duration loginDelay,
    @DefaultValue("1h") Duration failedLoginWindow,
    String throttleKey,
    @DefaultValue("30s") Duration tokenCacheLifetime,
    @DefaultValue("1s") Duration tokenUseFlush,
    @DefaultValue("365d") Duration tokenUseRetention) {

  AccessSettings {
    throttleKey = throttleKey == null ? "" : throttleKey;
    if (tokenCacheLifetime.isNegative()
        || tokenCacheLifetime.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException(
          "vern.access.token-cache-lifetime: from 0 (off) to 5 minutes");
    }
    if (tokenUseFlush.compareTo(Duration.ofMillis(100)) < 0
        || tokenUseFlush.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("vern.access.token-use-flush: from 100ms to 1 minute");
    }
  }

  LoginThrottlePolicy throttlePolicy() {
    return new LoginThrottlePolicy(
        maxFailedLogins,
        maxFailedLoginsPerAddress,
        failedLoginBurst,
        loginDelay,
        lockoutDuration,
        failedLoginWindow);
  }
}
