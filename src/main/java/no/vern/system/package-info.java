/**
 * Wiring: the embedded or external database, the three security zones, error answers (RFC 9457),
 * languages, the clock and the admin shell that the modules' pages live in.
 */
@org.jspecify.annotations.NullMarked
package no.vern.system;
