package no.vern.cookie.scan;

/**
 * A cookie's remaining lifetime in words a test can rely on: the expiry minus the moment it was
 * read, rounded to whole days from two days up, whole hours from one hour up, else whole minutes.
 */
public final class Lifetimes {

  public static final String SESSION = "session";
  public static final String EXPIRED = "expired";

  private Lifetimes() {}

  /** {@code expiresEpochSeconds} as CDP gives it; session cookies have none. */
  public static String of(boolean session, double expiresEpochSeconds, long readAtEpochMillis) {
    if (session || expiresEpochSeconds <= 0) {
      return SESSION;
    }
    double seconds = expiresEpochSeconds - readAtEpochMillis / 1000.0;
    if (seconds <= 0) {
      return EXPIRED;
    }
    if (seconds >= 2 * 86_400) {
      return "P" + Math.round(seconds / 86_400) + "D";
    }
    if (seconds >= 3_600 - 30) {
      return "PT" + Math.round(seconds / 3_600) + "H";
    }
    return "PT" + Math.max(1, Math.round(seconds / 60)) + "M";
  }
}
