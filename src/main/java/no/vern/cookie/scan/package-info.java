/**
 * The cookie scanner (issue 15, item 6): Debian's Chromium, headless through Selenium, visits a
 * site's pages before any consent, after "Reject all" and after "Accept all", lists every cookie
 * and web-storage key with who set it and for how long, and compares them with the active
 * inventory's {@code cookies:}. Reachable from {@code java -jar vern.jar cookies scan} and {@code
 * /admin/cookies/scans}; docs/cookie-scanner.md describes both.
 */
@org.jspecify.annotations.NullMarked
package no.vern.cookie.scan;
