/**
 * The cookie declaration, the banner, the server-side cookie-consent log and Global Privacy Control
 * (ePrivacy, Art. 7).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
@org.jspecify.annotations.NullMarked
package no.vern.cookie;
