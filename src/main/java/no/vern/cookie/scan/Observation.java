package no.vern.cookie.scan;

/**
 * One cookie or web-storage key seen in one pass. Never holds a value: a cookie's value may be an
 * identifier of the person browsing.
 *
 * @param kind {@code cookie}, {@code local-storage} or {@code session-storage}
 * @param domain the cookie's domain without a leading dot, or the storage's host
 * @param party {@code first-party} or {@code third-party}
 * @param lifetime {@code session}, or the time left when it was read as an ISO-8601 duration
 *     rounded to whole days, hours or minutes ({@code P395D}, {@code PT2H}), or {@code expired}
 */
public record Observation(
    String kind, String name, String domain, String party, String lifetime, ScanPass pass) {

  public static final String COOKIE = "cookie";
  public static final String LOCAL_STORAGE = "local-storage";
  public static final String SESSION_STORAGE = "session-storage";
}
