/**
 * Newsletters (Art. 7, 21(3); seed 001: newsletter data is deleted at once on unsubscribe): lists
 * tied to consent purposes, double opt-in from the intake newsletter form, RFC 8058 one-click
 * unsubscribe with signed tokens, erasure of what exists only for a list, keyed suppressions so an
 * unsubscribed address is not subscribed again behind the person's back, the preference page and
 * the API for sending systems. A module of its own on top of consent's public API (the ledger, the
 * decisions, the receipts): consent knows nothing of newsletters. See {@code docs/newsletters.md}.
 */
@org.jspecify.annotations.NullMarked
package no.vern.newsletter;
