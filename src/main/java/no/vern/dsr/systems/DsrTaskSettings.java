package no.vern.dsr.systems;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tasks for connected systems ({@code vern.dsr.systems}), beside the request's own
 * settings as the answers' are.
 *
 * @param secrets the HMAC secret of each webhook system by its inventory id, from a secrets manager
 *     ({@code VERN_DSR_SYSTEMS_SECRETS_<ID>}); a system without one uses the file {@code
 *     vern.keys.dir/dsr/systems/<id>.secret}, written on first use
 * @param keyset the AEAD keyset (Tink JSON) that encrypts the identities waiting in a task; blank
 *     for the file {@code vern.keys.dir/dsr/tasks-keyset.json}
 * @param allowLocal lets a webhook be plain HTTP on this machine or a private network; for tests
 *     and a system inside the same network only, since the inventory's addresses are then trusted
 * @param dispatchDelay time between runs of the webhook outbox
 * @param retryFirst the wait after the first failed attempt; it doubles after each further one
 * @param retryMax the longest wait between attempts
 * @param timeout how long one attempt may take
 * @param callbackTolerance how far a callback's signed time may be from Vern's clock
 * @param sweepTaskDays the expected completion of a deletion task from the retention sweep, in days
 */
@ConfigurationProperties("vern.dsr.systems")
record DsrTaskSettings(
    @DefaultValue Map<String, String> secrets,
    @DefaultValue("") String keyset,
    @DefaultValue("false") boolean allowLocal,
    @DefaultValue("15s") Duration dispatchDelay,
    @DefaultValue("1m") Duration retryFirst,
    @DefaultValue("6h") Duration retryMax,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("5m") Duration callbackTolerance,
    @DefaultValue("30") int sweepTaskDays) {

  /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
  Duration backoff(int attempts) {
    Duration wait = retryFirst;
    for (int i = 1; i < attempts && wait.compareTo(retryMax) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(retryMax) > 0 ? retryMax : wait;
  }
}
