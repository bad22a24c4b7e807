/**
 * The three security zones: the bearer-token API, the admin area with form login and sessions in
 * PostgreSQL, and the rate-limited public pages; plus the security headers all of them send.
 */
@org.jspecify.annotations.NullMarked
package no.vern.system.security;
