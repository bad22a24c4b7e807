/**
 * The cookie banner script that sites embed: it shows the choice, posts it to the consent log and
 * runs marked scripts and iframes only after consent (docs/cookie-banner.md).
 */
@org.jspecify.annotations.NullMarked
package no.vern.cookie.banner;
