/**
 * Newsletters inside the consent module (Art. 7, 21(3); seed 001: newsletter data is deleted at
 * once on unsubscribe): lists tied to consent purposes, double opt-in from the intake newsletter
 * form, RFC 8058 one-click unsubscribe with signed tokens, erasure of what exists only for a list,
 * and keyed suppressions so an unsubscribed address is not subscribed again behind the person's
 * back. Internal to the module; see {@code docs/newsletters.md}.
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent.newsletter;
