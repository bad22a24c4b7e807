package no.vern.shared.lock;

/**
 * A PostgreSQL advisory lock that serialises one kind of work across every Vern instance on the
 * database. Each module declares its locks as an enum implementing this; the keys share one 64-bit
 * space, so a test collects every module's enum and refuses a key used twice. Keys once released
 * stay as they are: an instance of the previous version may still be running during an upgrade.
 *
 * <p>Locks on one row's worth of work (a subject's consent state) hash their own key with {@code
 * hashtextextended}; a clash with a fixed key is as unlikely as any 64-bit hash collision.
 */
public interface AdvisoryLock {

  long key();

  String name();

  /** Takes the lock until the current transaction ends; waits for another holder. */
  String TRANSACTION_LOCK_SQL = "SELECT pg_advisory_xact_lock(?)";

  /** Takes the lock until the current transaction ends if free; answers whether it got it. */
  String TRY_TRANSACTION_LOCK_SQL = "SELECT pg_try_advisory_xact_lock(?)";
}
