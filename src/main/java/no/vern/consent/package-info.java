/**
 * The consent ledger, signed receipts, purpose decisions, newsletters and unsubscribe (Art. 7,
 * 21(3)).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
package no.vern.consent;
