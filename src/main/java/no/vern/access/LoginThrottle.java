package no.vern.access;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.vern.access.LoginThrottlePolicy.Admission;
import no.vern.access.LoginThrottlePolicy.Counter;
import no.vern.access.LoginThrottles.Key;
import no.vern.access.LoginThrottles.Scope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies {@link LoginThrottlePolicy} to the counters in PostgreSQL. Every method runs in the
 * caller's transaction, which must exist, so the counters are locked from read to write.
 */
@Component
class LoginThrottle {

  /** The three counters of one attempt, locked in this order. */
  record Keys(Key address, Key pair, Key username) {}

  private final LoginThrottles rows;
  private final ThrottleKeys keys;
  private final LoginThrottlePolicy policy;
  private final Clock clock;

  LoginThrottle(LoginThrottles rows, ThrottleKeys keys, AccessSettings settings, Clock clock) {
    this.rows = rows;
    this.keys = keys;
    this.policy = settings.throttlePolicy();
    this.clock = clock;
  }

  Keys keys(String address, String username) {
    byte[] user = keys.username(username);
    return new Keys(
        new Key(Scope.ADDRESS, keys.address(address), null),
        new Key(Scope.PAIR, keys.pair(address, username), user),
        new Key(Scope.USERNAME, user, user));
  }

  /** Counts the attempt before its password is checked, unless it is refused unseen. */
  @Transactional(propagation = Propagation.MANDATORY)
  Admission admit(Keys k) {
    Instant now = now();
    Counter address = rows.lock(k.address(), now);
    Counter pair = rows.lock(k.pair(), now);
    Counter username = rows.lock(k.username(), now);
    Admission admission = policy.admit(address, pair, username, now);
    if (admission.admitted()) {
      rows.save(k.address(), admission.address());
      rows.save(k.pair(), admission.pair());
      rows.save(k.username(), admission.username());
    }
    return admission;
  }

  /**
   * The right password: the pair starts afresh, and the attempt counted against the address and the
   * username is given back. Earlier failures stay: signing in to one's own account must not wipe
   * out what an address did to others.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void succeeded(Keys k) {
    Instant now = now();
    Counter address = rows.lock(k.address(), now);
    rows.lock(k.pair(), now);
    Counter username = rows.lock(k.username(), now);
    rows.save(k.address(), policy.givenBack(address));
    rows.save(k.pair(), policy.succeededPair(now));
    rows.save(k.username(), policy.givenBack(username));
  }

  /** Whether the username has had a burst of failures from anywhere that is not yet forgotten. */
  boolean underAttack(String username) {
    Key key = new Key(Scope.USERNAME, keys.username(username), null);
    return rows.read(key).map(c -> policy.underAttack(c, clock.instant())).orElse(false);
  }

  /** An administrator lifts the delays of one account: its pair and username counters go. */
  @Transactional
  void lift(String username) {
    rows.clearUsername(keys.username(username));
  }

  /**
   * PostgreSQL keeps microseconds and rounds to them; a time read back must never be later than the
   * time that was written, or a counter would seem to have failed in the future.
   */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Deletes counters that are forgotten anyway: no failure for a whole window. */
  int purge() {
    return rows.purge(clock.instant().minus(policy.window()));
  }
}
